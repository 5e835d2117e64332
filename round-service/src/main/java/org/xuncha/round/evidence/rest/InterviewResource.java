package org.xuncha.round.evidence.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
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
import java.time.LocalDate;
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
import org.xuncha.round.evidence.Interview;
import org.xuncha.round.evidence.IntervieweeCategory;
import org.xuncha.round.evidence.Interviews;

@Idempotent
@Path("/interviews")
@Tag(name = "Evidence")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InterviewResource {

    private final Interviews interviews;
    private final Caller caller;

    public InterviewResource(Interviews interviews, Caller caller) {
        this.interviews = interviews;
        this.caller = caller;
    }

    @Schema(name = "InterviewRequest", description = "An individual interview (个别谈话)")
    public record InterviewRequest(
            @NotNull UUID inspectionId,
            @Schema(example = "PRINCIPAL_LEADER") @NotNull IntervieweeCategory category,
            @Schema(description = "Confidential", example = "张某，镇党委书记") @NotBlank @Size(max = 200) String interviewee,
            @NotNull @PastOrPresent LocalDate heldOn,
            @Schema(description = "Confidential") @NotBlank @Size(max = 20000) String confidentialSummary,
            @Schema(description = "At least two members of the team") @NotNull @Size(max = 10) List<@NotNull UUID> interviewers) {
    }

    @Schema(name = "InterviewLinks", description = "Findings and leads an interview supports")
    public record LinkRequest(@Size(max = 100) List<@NotNull UUID> findingIds, @Size(max = 100) List<@NotNull UUID> leadIds) {
    }

    @Schema(name = "Interview", description = "An interview record; confidential")
    public record InterviewView(UUID id, UUID inspectionId, IntervieweeCategory category, String interviewee,
            LocalDate heldOn, String confidentialSummary, List<UUID> interviewers, List<UUID> findingIds,
            List<UUID> leadIds) {

        static InterviewView of(Interview interview, Interviews.Links links) {
            return new InterviewView(interview.id(), interview.inspectionId(), interview.category(),
                    interview.interviewee(), interview.heldOn(), interview.confidentialSummary(),
                    interview.interviewers().stream().sorted().toList(), links.findingIds(), links.leadIds());
        }
    }

    @POST
    @RolesAllowed({Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "recordInterview",
            summary = "Record an interview", description = "While stationed, held by at least two members of the team.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = InterviewView.class)))
    @APIResponse(responseCode = "409", description = "The inspection is not STATIONED")
    public Response record(@NotNull @Valid InterviewRequest request) {
        Interview interview = interviews.record(request.inspectionId(), request.category(), request.interviewee(),
                request.heldOn(), request.confidentialSummary(), request.interviewers(), caller);
        return Response.created(URI.create("/interviews/" + interview.id()))
                .entity(InterviewView.of(interview, new Interviews.Links(List.of(), List.of()))).build();
    }

    @POST
    @Path("/{id}/links")
    @RolesAllowed({Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "linkInterview",
            summary = "Link findings and leads", description = "What the interview supports, of the same inspection.")
    @APIResponse(responseCode = "200", description = "The interview with its links")
    @APIResponse(responseCode = "404", description = "No such interview, or not one the caller may read")
    public InterviewView link(@PathParam("id") UUID id, @NotNull @Valid LinkRequest request) {
        interviews.link(id, request.findingIds() == null ? List.of() : request.findingIds(),
                request.leadIds() == null ? List.of() : request.leadIds(), caller);
        return InterviewView.of(interviews.read(id, caller), interviews.linksOf(id));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "readInterview",
            summary = "Read an interview", description = "Confidential: the office, the leadership and the team's "
            + "leader only; for anyone else it does not exist.")
    @APIResponse(responseCode = "200", description = "The interview")
    @APIResponse(responseCode = "404", description = "No such interview, or not one the caller may read")
    public InterviewView read(@PathParam("id") UUID id) {
        return InterviewView.of(interviews.read(id, caller), interviews.linksOf(id));
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "listInterviews",
            summary = "List an inspection's interviews", description = "Confidential, like reading one.")
    @APIResponse(responseCode = "200", description = "The interviews")
    @APIResponse(responseCode = "404", description = "No such inspection, or not one the caller may read")
    public Page<InterviewView> ofInspection(@QueryParam("inspectionId") @NotNull UUID inspectionId,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return interviews.ofInspection(inspectionId, cursor, limit, caller)
                .map(interview -> InterviewView.of(interview, interviews.linksOf(interview.id())));
    }
}
