package org.xuncha.round.evidence.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xuncha.platform.idempotency.Idempotent;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.security.Caller;
import org.xuncha.platform.security.Roles;
import org.xuncha.round.evidence.Survey;
import org.xuncha.round.evidence.Surveys;

@Idempotent
@Path("/surveys")
@Tag(name = "Evidence")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SurveyResource {

    private final Surveys surveys;
    private final Caller caller;

    public SurveyResource(Surveys surveys, Caller caller) {
        this.surveys = surveys;
        this.caller = caller;
    }

    @Schema(name = "SurveyRequest", description = "A questionnaire of yes/no questions")
    public record SurveyRequest(@NotNull UUID inspectionId, @Schema(example = "党风廉政建设情况问卷") @NotBlank @Size(max = 200) String title,
            @Schema(example = "[\"班子是否严格执行民主集中制？\"]") @NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 1000) String> questions) {
    }

    @Schema(name = "SurveyResponse", description = "One questionnaire handed back")
    public record ResponseRequest(@NotEmpty @Size(max = 100) List<@NotNull @Valid AnswerDto> answers) {
    }

    @Schema(name = "SurveyAnswer", description = "The answer to one question")
    public record AnswerDto(@Schema(example = "1") @NotNull @Min(1) @Max(1000) Integer number, @NotNull Boolean yes,
            @Size(max = 4000) String comment) {
    }

    @Schema(name = "SurveyResponseReceipt", description = "The id a recorded response was given")
    public record Receipt(UUID id) {
    }

    @Schema(name = "Survey", description = "A questionnaire")
    public record SurveyView(UUID id, UUID inspectionId, String title, List<String> questions) {

        static SurveyView of(Survey survey) {
            return new SurveyView(survey.id(), survey.inspectionId(), survey.title(),
                    survey.questions().stream().map(Survey.Question::text).toList());
        }
    }

    @POST
    @RolesAllowed({Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "openSurvey",
            summary = "Open a survey", description = "While stationed; questions are numbered from 1.")
    @APIResponse(responseCode = "201", description = "Opened",
            content = @Content(schema = @Schema(implementation = SurveyView.class)))
    @APIResponse(responseCode = "409", description = "The inspection is not STATIONED")
    public Response open(@NotNull @Valid SurveyRequest request) {
        Survey survey = surveys.open(request.inspectionId(), request.title(), request.questions(), caller);
        return Response.created(URI.create("/surveys/" + survey.id())).entity(SurveyView.of(survey)).build();
    }

    @POST
    @Path("/{id}/responses")
    @RolesAllowed({Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "respondToSurvey",
            summary = "Record a response", description = "Anonymous: nothing of the respondent is kept.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = Receipt.class)))
    @APIResponse(responseCode = "404", description = "No such survey")
    @APIResponse(responseCode = "409", description = "The inspection is not STATIONED")
    public Response respond(@PathParam("id") UUID id, @NotNull @Valid ResponseRequest request) {
        UUID response = surveys.respond(id, request.answers().stream()
                .map(answer -> new Surveys.Answer(answer.number(), answer.yes(), answer.comment())).toList(), caller);
        return Response.status(201).entity(new Receipt(response)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "readSurvey",
            summary = "Read a survey")
    @APIResponse(responseCode = "200", description = "The survey")
    @APIResponse(responseCode = "404", description = "No such survey, or not the caller's team's")
    public SurveyView read(@PathParam("id") UUID id) {
        return SurveyView.of(surveys.get(id, caller));
    }

    @GET
    @Path("/{id}/tally")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "readSurveyTally",
            summary = "Per-question tallies", description = "Yes, no and comments per question.")
    @APIResponse(responseCode = "200", description = "The tallies in question order")
    @APIResponse(responseCode = "404", description = "No such survey, or not the caller's team's")
    public Page<Surveys.Tally> tally(@PathParam("id") UUID id,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return Page.slice(surveys.tally(id, caller), cursor, limit);
    }
}
