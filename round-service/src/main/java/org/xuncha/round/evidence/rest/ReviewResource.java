package org.xuncha.round.evidence.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.xuncha.round.evidence.Review;
import org.xuncha.round.evidence.ReviewEntry;
import org.xuncha.round.evidence.ReviewKind;
import org.xuncha.round.evidence.Reviews;

@Idempotent
@Path("/reviews")
@Tag(name = "Evidence")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewResource {

    private final Reviews reviews;
    private final Caller caller;

    public ReviewResource(Reviews reviews, Caller caller) {
        this.reviews = reviews;
        this.caller = caller;
    }

    @Schema(name = "ReviewRequest", description = "A document (查阅资料) or financial (财务审查) review to start")
    public record ReviewRequest(@NotNull UUID inspectionId, @NotNull ReviewKind kind) {
    }

    @Schema(name = "ReviewCheck", description = "An item worked through")
    public record CheckRequest(@Size(max = 4000) String note, @Size(max = 50) List<@NotNull UUID> findingIds) {
    }

    @Schema(name = "ReviewEntry", description = "An item of the review's checklist")
    public record EntryView(String itemCode, String name, int position, boolean checked, String note,
            List<UUID> findingIds, OffsetDateTime checkedAt) {

        static EntryView of(ReviewEntry entry) {
            return new EntryView(entry.itemCode(), entry.name(), entry.position(), entry.checked(), entry.note(),
                    entry.findingIds(), entry.checkedAt());
        }
    }

    @Schema(name = "Review", description = "A review and its checklist")
    public record ReviewView(UUID id, UUID inspectionId, ReviewKind kind, OffsetDateTime startedAt, List<EntryView> items) {
    }

    @POST
    @RolesAllowed({Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "startReview",
            summary = "Start a review", description = "While stationed; its items are the active items of the kind's checklist.")
    @APIResponse(responseCode = "201", description = "Started",
            content = @Content(schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "409", description = "Already started, or the inspection is not STATIONED")
    public Response start(@NotNull @Valid ReviewRequest request) {
        Review review = reviews.start(request.inspectionId(), request.kind(), caller);
        return Response.created(URI.create("/reviews/" + review.id())).entity(view(review)).build();
    }

    @POST
    @Path("/{id}/items/{itemCode}")
    @RolesAllowed({Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "checkReviewItem",
            summary = "Check an item", description = "With a note and the findings it supports.")
    @APIResponse(responseCode = "200", description = "The item, checked")
    @APIResponse(responseCode = "404", description = "No such review or item")
    @APIResponse(responseCode = "409", description = "The inspection is not STATIONED")
    public EntryView check(@PathParam("id") UUID id, @PathParam("itemCode") @Size(max = 40) String itemCode,
            @NotNull @Valid CheckRequest request) {
        return EntryView.of(reviews.check(id, itemCode, request.note(),
                request.findingIds() == null ? List.of() : request.findingIds(), caller));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "readReview",
            summary = "Read a review")
    @APIResponse(responseCode = "200", description = "The review and its checklist")
    @APIResponse(responseCode = "404", description = "No such review, or not the caller's team's")
    public ReviewView read(@PathParam("id") UUID id) {
        return view(reviews.get(id, caller));
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "listReviews",
            summary = "List an inspection's reviews")
    @APIResponse(responseCode = "200", description = "The reviews")
    @APIResponse(responseCode = "404", description = "No such inspection, or not the caller's team's")
    public Page<ReviewView> ofInspection(@QueryParam("inspectionId") @NotNull UUID inspectionId,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return Page.slice(reviews.ofInspection(inspectionId, caller).stream().map(this::view).toList(), cursor, limit);
    }

    private ReviewView view(Review review) {
        return new ReviewView(review.id(), review.inspectionId(), review.kind(), review.startedAt(),
                reviews.entries(review.id()).stream().map(EntryView::of).toList());
    }
}
