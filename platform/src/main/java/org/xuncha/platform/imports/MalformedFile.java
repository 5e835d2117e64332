package org.xuncha.platform.imports;

/** A file that cannot be read to its end: the job fails and writes nothing. */
public class MalformedFile extends RuntimeException {

    public MalformedFile(String message) {
        super(message);
    }
}
