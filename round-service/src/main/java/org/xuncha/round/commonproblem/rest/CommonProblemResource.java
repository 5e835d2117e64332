package org.xuncha.round.commonproblem.rest;

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
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
import org.xuncha.round.commonproblem.CommonProblem;
import org.xuncha.round.commonproblem.CommonProblemList;
import org.xuncha.round.commonproblem.CommonProblems;
import org.xuncha.round.commonproblem.Proposal;
import org.xuncha.round.registry.OrganizationType;

@Idempotent
@Path("/common-problems")
@Tag(name = "Common problems")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommonProblemResource {

    private final CommonProblems commonProblems;
    private final Caller caller;

    public CommonProblemResource(CommonProblems commonProblems, Caller caller) {
        this.commonProblems = commonProblems;
        this.caller = caller;
    }

    @Schema(name = "CommonProblemListRequest", description = "A list to publish")
    public record ListRequest(@NotNull UUID termId, @Schema(example = "2026年共性问题清单") @NotBlank @Size(max = 300) String title,
            @NotEmpty @Size(max = 200) List<@NotNull @Valid ProblemRequest> problems) {
    }

    @Schema(name = "CommonProblemRequest", description = "A problem of the list")
    public record ProblemRequest(@Schema(example = "COUNTY-4") @NotBlank @Size(max = 40) String categoryCode,
            @Schema(description = "Where it recurs; absent for every kind") OrganizationType organizationType,
            @NotBlank @Size(max = 4000) String description) {
    }

    @Schema(name = "CommonProblemList", description = "A published list of common problems, for self-check")
    public record ListView(UUID id, UUID termId, String title, OffsetDateTime publishedAt, List<ProblemView> problems) {

        static ListView of(CommonProblemList list) {
            return new ListView(list.id(), list.termId(), list.title(), list.publishedAt(), list.problems().stream()
                    .map(p -> new ProblemView(p.position(), p.categoryCode(), p.organizationType(), p.description()))
                    .toList());
        }
    }

    @Schema(name = "CommonProblem", description = "A problem of a published list")
    public record ProblemView(int position, String categoryCode, OrganizationType organizationType, String description) {
    }

    @GET
    @Path("/proposals")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP})
    @Operation(operationId = "listCommonProblemProposals",
            summary = "Propose common problems", description = "A term's confirmed findings by category and "
            + "organization type, those recurring in at least `minOrganizations` organizations or flagged by a team.")
    @APIResponse(responseCode = "200", description = "The proposals, most widespread first")
    @APIResponse(responseCode = "404", description = "No such term")
    public Page<Proposal> proposals(@QueryParam("termId") @NotNull UUID termId,
            @QueryParam("minOrganizations") @DefaultValue("3") @Min(1) @Max(10000) int minOrganizations,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return Page.slice(commonProblems.proposals(termId, minOrganizations), cursor, limit);
    }

    @POST
    @RolesAllowed({Roles.OFFICE})
    @Operation(operationId = "publishCommonProblems",
            summary = "Publish a common-problem list", description = "For every organization to check itself against (未巡先改).")
    @APIResponse(responseCode = "201", description = "Published",
            content = @Content(schema = @Schema(implementation = ListView.class)))
    @APIResponse(responseCode = "404", description = "No such term")
    public Response publish(@NotNull @Valid ListRequest request) {
        List<CommonProblem> problems = new ArrayList<>();
        for (int i = 0; i < request.problems().size(); i++) {
            ProblemRequest problem = request.problems().get(i);
            problems.add(new CommonProblem(i + 1, problem.categoryCode(), problem.organizationType(), problem.description()));
        }
        CommonProblemList list = commonProblems.publish(request.termId(), request.title(), problems, caller);
        return Response.created(URI.create("/common-problems/" + list.id())).entity(ListView.of(list)).build();
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.TEAM_LEADER, Roles.TEAM_MEMBER, Roles.UNIT,
            Roles.LEADER_IN_CHARGE, Roles.DISCIPLINE, Roles.ORGANIZATION, Roles.INTEGRATION})
    @Operation(operationId = "listCommonProblems",
            summary = "The published lists of a term", description = "Every organization reads them to check itself.")
    @APIResponse(responseCode = "200", description = "The lists, newest first")
    public Page<ListView> published(@QueryParam("termId") @NotNull UUID termId,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return Page.slice(commonProblems.published(termId).stream().map(ListView::of).toList(), cursor, limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.TEAM_LEADER, Roles.TEAM_MEMBER, Roles.UNIT,
            Roles.LEADER_IN_CHARGE, Roles.DISCIPLINE, Roles.ORGANIZATION, Roles.INTEGRATION})
    @Operation(operationId = "readCommonProblems",
            summary = "Read a published list")
    @APIResponse(responseCode = "200", description = "The list")
    @APIResponse(responseCode = "404", description = "No such list")
    public ListView read(@PathParam("id") UUID id) {
        return ListView.of(commonProblems.get(id));
    }
}
