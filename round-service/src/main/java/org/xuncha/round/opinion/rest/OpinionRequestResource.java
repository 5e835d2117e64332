package org.xuncha.round.opinion.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
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
import org.xuncha.round.lead.LeadReports;
import org.xuncha.round.opinion.OpinionPurpose;
import org.xuncha.round.opinion.OpinionRequest;
import org.xuncha.round.opinion.OpinionRequests;
import org.xuncha.round.opinion.OpinionSubject;

/** The organization department asks the inspection office's opinion; the office answers (seed 004 §16, §17). */
@Idempotent
@Path("/opinion-requests")
@Tag(name = "Receiving bodies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OpinionRequestResource {

    private static final String READERS = "Read by the office, the leadership and the organization department (its "
            + "accounts and its system); anyone else gets 404.";

    private final OpinionRequests requests;
    private final Caller caller;

    public OpinionRequestResource(OpinionRequests requests, Caller caller) {
        this.requests = requests;
        this.caller = caller;
    }

    @Schema(name = "OpinionRequestRequest", description = "The organization department asks the office's opinion "
            + "(干部选拔任用时听取巡察组意见)")
    public record AskRequest(
            @Schema(description = "The department's own reference: the same reference with the same content again "
                    + "answers the first request, with other content 409", example = "组干函〔2026〕7号")
            @NotBlank @Size(max = 100) String reference,
            @NotNull OpinionSubject subject,
            @Schema(description = "The organization asked about; for a CADRE, their organization")
            UUID organizationId,
            @Schema(description = "For a CADRE the registry knows (an inspector, seed 004 §17)") UUID cadreId,
            @Schema(description = "Required for a CADRE", example = "王建国") @Size(max = 100) String personName,
            @NotNull OpinionPurpose purpose,
            @Schema(example = "拟提任副县级领导职务，请提供巡察中了解的情况") @Size(max = 4000) String question) {
    }

    @Schema(name = "OpinionAnswer", description = "The office's answer: what the inspections found")
    public record AnswerRequest(
            @Schema(example = "巡察中未发现该同志有违纪问题线索") @NotBlank @Size(max = 20000) String summary,
            @Schema(description = "Attach the counts of inspections, confirmed findings and transferred leads")
            boolean attachCounts) {
    }

    @Schema(name = "OpinionCounts", description = "What the inspections found, counted when the office answered: of "
            + "the organization, or for a cadre of the registry of their work as an inspector")
    public record CountsView(@Schema(example = "2") int inspections, @Schema(example = "12") int findings,
            @Schema(example = "1") int leadsTransferred) {
    }

    @Schema(name = "OpinionRequest", description = "An opinion request and, once given, the office's answer")
    public record OpinionView(UUID id, @Schema(example = "组干函〔2026〕7号") String reference, OpinionSubject subject,
            UUID organizationId, UUID cadreId, String personName, OpinionPurpose purpose, String question,
            OpinionRequest.State state, OffsetDateTime receivedAt,
            @Schema(description = "Absent until answered") OffsetDateTime answeredAt,
            @Schema(description = "The office's answer; absent until answered") String summary,
            @Schema(description = "Absent unless the office attached them") CountsView counts) {

        static OpinionView of(OpinionRequest request) {
            OpinionRequest.Counts counts = request.counts();
            return new OpinionView(request.id(), request.reference(), request.subject(), request.organizationId(),
                    request.cadreId(), request.personName(), request.purpose(), request.question(), request.state(),
                    request.receivedAt(), request.answeredAt(), request.summary(),
                    counts == null ? null : new CountsView(counts.inspections(), counts.findings(),
                            counts.leadsTransferred()));
        }
    }

    @POST
    @RolesAllowed({Roles.ORGANIZATION, Roles.INTEGRATION})
    @Operation(operationId = "createOpinionRequest", summary = "Ask the office's opinion", description = "By the "
            + "organization department (its accounts or its system), about an organization or a cadre, once per "
            + "`reference`: the same request again answers 200 with it.")
    @APIResponse(responseCode = "201", description = "Asked; `Location` names the request",
            content = @Content(schema = @Schema(implementation = OpinionView.class)))
    @APIResponse(responseCode = "200", description = "The same request came before",
            content = @Content(schema = @Schema(implementation = OpinionView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule, or names nothing the registry knows")
    @APIResponse(responseCode = "403", description = "Not the organization department")
    @APIResponse(responseCode = "409", description = "The reference was used for another request")
    public Response ask(@NotNull @Valid AskRequest request) {
        OpinionRequests.Received received = requests.ask(LeadReports.Sender.of(caller),
                new OpinionRequests.Ask(request.reference().trim(), request.subject(), request.organizationId(),
                        request.cadreId(), request.personName(), request.purpose(), request.question()));
        OpinionView view = OpinionView.of(received.request());
        return received.replayed() ? Response.ok(view).build()
                : Response.created(URI.create("/opinion-requests/" + view.id())).entity(view).build();
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.ORGANIZATION, Roles.INTEGRATION})
    @Operation(operationId = "listOpinionRequests", summary = "List opinion requests", description = "Oldest first; "
            + "`answered=false` is the office's inbox. " + READERS)
    @APIResponse(responseCode = "200", description = "A page of requests")
    @APIResponse(responseCode = "400", description = "A bad cursor or limit")
    public Page<OpinionView> list(@QueryParam("answered") Boolean answered,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") @Size(max = 200) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return requests.list(answered, cursor, limit, caller).map(OpinionView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.ORGANIZATION, Roles.INTEGRATION})
    @Operation(operationId = "readOpinionRequest", summary = "Read an opinion request and its answer",
            description = READERS)
    @APIResponse(responseCode = "200", description = "The request")
    @APIResponse(responseCode = "404", description = "No such request, or not one the caller may read")
    public OpinionView read(@PathParam("id") UUID id) {
        return OpinionView.of(requests.readable(id, caller));
    }

    @POST
    @Path("/{id}/answer")
    @RolesAllowed({Roles.OFFICE})
    @Operation(operationId = "answerOpinionRequest", summary = "Answer an opinion request", description = "By the "
            + "office, once: a summary of what the inspections found, with the counts if `attachCounts`. The "
            + "department gets `OpinionGiven` on its topic and feed.")
    @APIResponse(responseCode = "200", description = "Answered; the request")
    @APIResponse(responseCode = "400", description = "A field breaks a rule")
    @APIResponse(responseCode = "404", description = "No such request")
    @APIResponse(responseCode = "409", description = "Already answered")
    public OpinionView answer(@PathParam("id") UUID id, @NotNull @Valid AnswerRequest request) {
        return OpinionView.of(requests.answer(id, request.summary(), request.attachCounts(), caller));
    }
}
