package org.xuncha.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.junit.jupiter.api.Test;

/** Examples are composed from the fields' own examples, through references, lists and enumerations. */
class ExamplesTest {

    @Test
    void anAnswerWithoutAnExampleGetsOneComposedFromItsFields() {
        Schema state = OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(List.of("OPEN", "CLOSED"));
        Schema item = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING).examples(List.of("整改台账")))
                .addProperty("state", OASFactory.createSchema().ref("#/components/schemas/State"))
                .addProperty("unexampled", OASFactory.createSchema().addType(Schema.SchemaType.STRING));
        Schema page = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("items", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref("#/components/schemas/Item")));
        MediaType json = OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Page"));
        OpenAPI document = OASFactory.createOpenAPI()
                .components(OASFactory.createComponents().addSchema("State", state).addSchema("Item", item)
                        .addSchema("Page", page))
                .paths(OASFactory.createPaths().addPathItem("/items", OASFactory.createPathItem()
                        .GET(OASFactory.createOperation().operationId("listItems").responses(OASFactory.createAPIResponses()
                                .addAPIResponse("200", OASFactory.createAPIResponse().content(
                                        OASFactory.createContent().addMediaType("application/json", json)))))));

        new Examples().filterOpenAPI(document);

        assertThat(json.getExample()).isEqualTo(Map.of("items", List.of(Map.of("title", "整改台账", "state", "OPEN"))));
        assertThat(state.getExamples()).containsExactly("OPEN");
    }

    @Test
    void anExampleTheResourceDeclaredIsKept() {
        MediaType declared = OASFactory.createMediaType().example(Map.of("id", "x"))
                .schema(OASFactory.createSchema().addProperty("id", OASFactory.createSchema().examples(List.of("y"))));
        OpenAPI document = OASFactory.createOpenAPI().components(OASFactory.createComponents())
                .paths(OASFactory.createPaths().addPathItem("/x", OASFactory.createPathItem().GET(OASFactory
                        .createOperation().responses(OASFactory.createAPIResponses().addAPIResponse("200",
                                OASFactory.createAPIResponse().content(OASFactory.createContent()
                                        .addMediaType("application/json", declared)))))));
        document.getComponents().addSchema("Unused", OASFactory.createSchema());

        new Examples().filterOpenAPI(document);

        assertThat(declared.getExample()).isEqualTo(Map.of("id", "x"));
    }
}
