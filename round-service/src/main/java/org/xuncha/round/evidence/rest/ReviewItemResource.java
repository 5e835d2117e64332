package org.xuncha.round.evidence.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xuncha.platform.idempotency.Idempotent;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.security.Roles;
import org.xuncha.round.evidence.ReviewItem;
import org.xuncha.round.evidence.ReviewKind;
import org.xuncha.round.evidence.Reviews;

@Idempotent
@Path("/review-items")
@Tag(name = "Evidence")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewItemResource {

    private final Reviews reviews;

    public ReviewItemResource(Reviews reviews) {
        this.reviews = reviews;
    }

    @Schema(name = "ReviewItemRequest", description = "An item to add at the end of a checklist")
    public record ItemRequest(@NotNull ReviewKind kind,
            @Schema(example = "DOC-7") @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z0-9_-]{2,40}") String code,
            @Schema(example = "选人用人工作情况") @NotBlank @Size(max = 500) String name) {
    }

    @Schema(name = "ReviewItem", description = "An item of a review checklist")
    public record ItemView(String code, ReviewKind kind, int position, String name) {

        static ItemView of(ReviewItem item) {
            return new ItemView(item.code(), item.kind(), item.position(), item.name());
        }
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "listReviewChecklist",
            summary = "A review checklist", description = "The active items of a kind, in order.")
    @APIResponse(responseCode = "200", description = "The checklist")
    public Page<ItemView> checklist(@QueryParam("kind") @NotNull ReviewKind kind,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return Page.slice(reviews.checklist(kind).stream().map(ItemView::of).toList(), cursor, limit);
    }

    @POST
    @RolesAllowed({Roles.OFFICE, Roles.INTEGRATION})
    @Operation(operationId = "addReviewItem",
            summary = "Add an item to a checklist", description = "How an office loads its full lists.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = ItemView.class)))
    @APIResponse(responseCode = "409", description = "The code is taken")
    public Response add(@NotNull @Valid ItemRequest request) {
        return Response.status(201).entity(ItemView.of(reviews.addItem(request.kind(), request.code(), request.name())))
                .build();
    }
}
