package org.xuncha.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A service's committed AsyncAPI document ({@code <service>/asyncapi/asyncapi.yaml}) as a test
 * reads it: its channels and messages, the JSON Schemas of each message's value and headers checked
 * against real records (networknt json-schema-validator, draft-07, which AsyncAPI schemas extend),
 * and the document itself validated by the AsyncAPI CLI ({@code tools/asyncapi}).
 */
public final class AsyncApiContract {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);

    private final Path file;
    private final JsonNode document;

    private AsyncApiContract(Path file, JsonNode document) {
        this.file = file;
        this.document = document;
    }

    /** The document of a service, e.g. {@code of(root, "round-service")}. */
    public static AsyncApiContract of(Path root, String service) {
        Path file = root.resolve(service).resolve("asyncapi/asyncapi.yaml");
        try {
            return new AsyncApiContract(file, YAML.readTree(file.toFile()));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read " + file, unreadable);
        }
    }

    /** The project's root seen from a module's working directory. */
    public static Path projectRoot() {
        return NodeTools.projectRoot();
    }

    public JsonNode document() {
        return document;
    }

    /** The message ids (e.g. {@code LeadTransferredV1}) a topic carries; empty for a topic the document lacks. */
    public List<String> messagesOn(String topic) {
        return channelOf(topic).map(channel -> names(channel.path("messages"))).orElse(List.of());
    }

    /** The addresses of every channel. */
    public List<String> topics() {
        List<String> topics = new ArrayList<>();
        document.path("channels").forEach(channel -> topics.add(channel.path("address").asText()));
        return topics;
    }

    /**
     * What is wrong with a record of {@code topic} by the document: its value must be the envelope of
     * a message the channel carries (by {@code type} and {@code version}), matching that message's
     * schema, and its headers the message's headers schema. Empty when the record matches.
     */
    public List<String> problems(String topic, String value, Map<String, String> headers) {
        Optional<JsonNode> channel = channelOf(topic);
        if (channel.isEmpty()) {
            return List.of("The document has no channel " + topic);
        }
        JsonNode envelope;
        try {
            envelope = JSON.readTree(value);
        } catch (IOException notJson) {
            return List.of("The value is not JSON: " + notJson.getMessage());
        }
        String id = envelope.path("type").asText() + "V" + envelope.path("version").asText();
        if (!channel.get().path("messages").has(id)) {
            return List.of("Channel " + topic + " carries no message " + id);
        }
        String message = channel.get().path("messages").path(id).path("$ref").asText();
        JsonNode definition = pointer(message);
        List<String> problems = new ArrayList<>();
        validate(definition.path("payload"), envelope).forEach(problem -> problems.add(id + " value: " + problem));
        ObjectNode headerNode = JSON.createObjectNode();
        headers.forEach(headerNode::put);
        validate(definition.path("headers"), headerNode).forEach(problem -> problems.add(id + " headers: " + problem));
        return problems;
    }

    /** What {@link #recordsOn} found: each record's problems by the document, and "topic type" for each record read. */
    public record RecordCheck(List<String> problems, List<String> seen) {
    }

    /**
     * Reads each topic of {@code expected} from its beginning until the records keyed by one of {@code keys}
     * include every event type expected on it (or {@code timeout} passes on that topic), and checks each
     * such record by {@link #problems}.
     */
    public RecordCheck recordsOn(String bootstrapServers, Set<String> keys, Map<String, Set<String>> expected,
            Duration timeout) {
        List<String> problems = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        expected.forEach((topic, types) -> {
            List<Topic.Message> records = Topic.on(bootstrapServers, topic).collectUntil(
                    message -> keys.contains(message.key()),
                    read -> read.stream().map(message -> message.headers().get("event-type")).toList().containsAll(types),
                    timeout);
            for (Topic.Message record : records) {
                seen.add(topic + " " + record.headers().get("event-type"));
                problems(topic, record.value(), record.headers()).forEach(problem -> problems.add(topic + ": " + problem));
            }
        });
        return new RecordCheck(problems, seen);
    }

    /** What is wrong with a payload by the schema of message {@code messageId}'s value (without the envelope). */
    public List<String> payloadProblems(String messageId, JsonNode envelope) {
        return validate(pointer("#/components/messages/" + messageId).path("payload"), envelope);
    }

    /**
     * Validates the document with the AsyncAPI CLI, installing it first into {@code tools/asyncapi}
     * with {@code npm ci} when it is not there; returns the CLI's output, or throws when it finds an
     * error or a warning.
     */
    public String validateWithCli(Path root) {
        // No anonymous metrics (a committed config that says so) and no registry look-up: the CLI runs offline.
        NodeTools cli = NodeTools.installed("asyncapi", Map.of(
                "ASYNCAPI_METRICS_CONFIG_PATH", root.resolve("tools/asyncapi/analytics.json").toString(),
                "ASYNCAPI_REGISTRY_CHECK_TIMEOUT_MS", "1",
                "SUPPRESS_NO_CONFIG_WARNING", "1"));
        return cli.run(120, cli.bin("asyncapi"), "validate", file.toAbsolutePath().toString(), "--fail-severity=warn");
    }

    private List<String> validate(JsonNode schema, JsonNode instance) {
        if (schema.isMissingNode()) {
            return List.of();
        }
        ObjectNode root = JSON.createObjectNode();
        root.set("components", document.path("components"));
        root.setAll((ObjectNode) schema.deepCopy());
        JsonSchema compiled = SCHEMAS.getSchema(root);
        List<String> problems = new ArrayList<>();
        for (ValidationMessage message : compiled.validate(instance)) {
            problems.add(message.getMessage());
        }
        return problems;
    }

    private JsonNode pointer(String reference) {
        return document.at(reference.substring(1));
    }

    private Optional<JsonNode> channelOf(String topic) {
        for (JsonNode channel : document.path("channels")) {
            if (topic.equals(channel.path("address").asText())) {
                return Optional.of(channel);
            }
        }
        return Optional.empty();
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        Iterator<String> fields = object.fieldNames();
        fields.forEachRemaining(names::add);
        return names;
    }
}
