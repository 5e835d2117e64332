package org.xuncha.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The npm tools the test command runs (the AsyncAPI CLI, the TypeScript client generator and
 * compiler), each pinned by a committed {@code package.json} and {@code package-lock.json} in a
 * folder of {@code tools/}, installed there with {@code npm ci} the first time a test needs it.
 */
public final class NodeTools {

    private final Path folder;
    private final Map<String, String> environment;

    private NodeTools(Path folder, Map<String, String> environment) {
        this.folder = folder;
        this.environment = environment;
    }

    /**
     * The tools of {@code tools/<name>}, installed if they are not yet. The test command builds the
     * services' modules in parallel, so the check and the install hold a lock on the folder: a second
     * test JVM waits for the first's {@code npm ci} rather than running its own into the same folder.
     */
    public static NodeTools installed(String name, Map<String, String> environment) {
        NodeTools tools = new NodeTools(projectRoot().resolve("tools").resolve(name), environment);
        try (FileChannel lock = FileChannel.open(tools.folder.resolve(".install.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = lock.lock()) {
            if (!Files.isDirectory(tools.folder.resolve("node_modules/.bin"))) {
                tools.run(600, "npm", "ci", "--no-audit", "--no-fund");
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return tools;
    }

    /** The project's root seen from a module's working directory: the folder that holds {@code tools/}. */
    public static Path projectRoot() {
        Path here = Path.of("").toAbsolutePath();
        for (Path candidate = here; candidate != null; candidate = candidate.getParent()) {
            if (Files.isDirectory(candidate.resolve("tools")) && Files.exists(candidate.resolve("mvnw"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("No project root above " + here);
    }

    public Path folder() {
        return folder;
    }

    /** The path of an installed command, e.g. {@code bin("tsc")}. */
    public String bin(String command) {
        return folder.resolve("node_modules/.bin").resolve(command).toString();
    }

    /**
     * Runs a command in the tools' folder; returns what it printed, or fails the test with it when
     * the command exits with another status than 0.
     */
    public String run(int seconds, String... command) {
        List<String> line = List.of(command);
        try {
            Path output = Files.createTempFile("node-tool", ".log");
            ProcessBuilder builder = new ProcessBuilder(line).directory(folder.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", line) + " did not finish in " + seconds + " s");
            }
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            Files.deleteIfExists(output);
            if (process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", line) + " failed:\n" + printed);
            }
            return printed;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
