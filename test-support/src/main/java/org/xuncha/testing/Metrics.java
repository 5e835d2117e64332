package org.xuncha.testing;

import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One reading of a service's {@code /q/metrics}, as Prometheus would scrape it. */
public final class Metrics {

    /** name{labels} value, perhaps followed by an exemplar ("# {trace_id=…} 1.0 …"), which is not the value. */
    private static final Pattern SAMPLE = Pattern.compile(
            "^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{((?:[^\"}]|\"(?:[^\"\\\\]|\\\\.)*\")*)})?\\s+(\\S+).*$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final List<Sample> samples = new ArrayList<>();

    private record Sample(String name, Map<String, String> labels, double value) {
    }

    private Metrics(String exposition) {
        for (String line : exposition.split("\n")) {
            Matcher sample = SAMPLE.matcher(line);
            if (line.startsWith("#") || !sample.matches()) {
                continue;
            }
            Map<String, String> labels = new LinkedHashMap<>();
            if (sample.group(2) != null) {
                Matcher label = LABEL.matcher(sample.group(2));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
            }
            samples.add(new Sample(sample.group(1), labels, Double.parseDouble(sample.group(3))));
        }
    }

    public static Metrics scrape(RequestSpecification service) {
        return new Metrics(service.get("/q/metrics").then().statusCode(200).extract().asString());
    }

    /** Whether a series of that name, with at least these labels (name, value, …), is exposed. */
    public boolean has(String name, String... labels) {
        return samples.stream().anyMatch(sample -> matches(sample, name, labels));
    }

    /** The sum of the series of that name with at least these labels (name, value, …); 0 when none is exposed. */
    public double value(String name, String... labels) {
        return samples.stream().filter(sample -> matches(sample, name, labels)).mapToDouble(Sample::value).sum();
    }

    private static boolean matches(Sample sample, String name, String... labels) {
        if (!sample.name().equals(name)) {
            return false;
        }
        for (int i = 0; i + 1 < labels.length; i += 2) {
            if (!labels[i + 1].equals(sample.labels().get(labels[i]))) {
                return false;
            }
        }
        return true;
    }
}
