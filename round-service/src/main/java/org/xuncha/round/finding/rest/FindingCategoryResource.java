package org.xuncha.round.finding.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xuncha.platform.idempotency.Idempotent;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.security.Roles;
import org.xuncha.round.finding.FindingCategory;
import org.xuncha.round.finding.Findings;

@Idempotent
@Path("/finding-categories")
@Tag(name = "Findings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FindingCategoryResource {

    private final Findings findings;

    public FindingCategoryResource(Findings findings) {
        this.findings = findings;
    }

    @Schema(name = "FindingScheme", description = "A committee's own scheme of finding categories, in order")
    public record SchemeRequest(
            @Schema(example = "HEBI-2026") @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z0-9_-]{2,40}") String scheme,
            @NotEmpty @Size(max = 100) List<@NotNull @Valid CategoryRequest> categories) {
    }

    @Schema(name = "FindingCategoryRequest", description = "A category of a scheme")
    public record CategoryRequest(
            @Schema(example = "HEBI-1") @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z0-9_-]{2,40}") String code,
            @NotBlank @Size(max = 500) String name) {
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.TEAM_LEADER, Roles.TEAM_MEMBER, Roles.INTEGRATION})
    @Operation(operationId = "listFindingCategories",
            summary = "List the finding taxonomy", description = "Every category of every scheme: COUNTY and CITY "
            + "(seed 004) and THREE_FOCUSES, and any scheme the committee loaded.")
    @APIResponse(responseCode = "200", description = "The categories by scheme and position")
    public Page<FindingCategoryView> taxonomy(@Parameter(description = "The `next` of the previous page") @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return Page.slice(findings.taxonomy().stream().map(FindingCategoryView::of).toList(), cursor, limit);
    }

    @POST
    @RolesAllowed({Roles.OFFICE, Roles.INTEGRATION})
    @Operation(operationId = "loadCategoryScheme",
            summary = "Load a scheme", description = "A committee's own taxonomy, beside the default schemes.")
    @APIResponse(responseCode = "201", description = "Loaded",
            content = @Content(schema = @Schema(implementation = FindingCategoryView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "409", description = "The scheme is already loaded")
    public Response loadScheme(@NotNull @Valid SchemeRequest request) {
        List<FindingCategory> categories = new ArrayList<>();
        for (int i = 0; i < request.categories().size(); i++) {
            CategoryRequest category = request.categories().get(i);
            categories.add(new FindingCategory(category.code(), request.scheme(), i + 1, category.name()));
        }
        return Response.status(201).entity(findings.loadScheme(request.scheme(), categories).stream()
                .map(FindingCategoryView::of).toList()).build();
    }
}
