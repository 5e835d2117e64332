package org.xuncha.rectification.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xuncha.platform.idempotency.Idempotent;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.security.Caller;
import org.xuncha.platform.security.Roles;
import org.xuncha.rectification.notification.Notifications;
import org.xuncha.rectification.notification.NotifiedBody;

/** The notifications of feedback (一通报): the supervising bodies' inbox and their acknowledgements. */
@Idempotent
@Path("/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class NotificationResource {

    private final Notifications notifications;
    private final Caller caller;

    public NotificationResource(Notifications notifications, Caller caller) {
        this.notifications = notifications;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.DISCIPLINE, Roles.ORGANIZATION, Roles.INTEGRATION})
    @Operation(operationId = "listNotifications", summary = "List notifications", description = "Oldest first: the "
            + "discipline body sees those to it, the organization department those to it (each body's accounts and "
            + "its system, INTEGRATION with `system`), the office all. Each body's feed (`/feeds/...`) carries the "
            + "same notifications as events.")
    @APIResponse(responseCode = "200", description = "A page of notifications")
    public Page<NotificationView> list(
            @QueryParam("recipient") NotifiedBody recipient,
            @Parameter(description = "Only acknowledged (true) or unacknowledged (false) ones")
            @QueryParam("acknowledged") Boolean acknowledged,
            @QueryParam("caseId") UUID caseId,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return notifications.list(new Notifications.Filter(recipient, acknowledged, caseId), cursor, limit, caller)
                .map(NotificationView::of);
    }

    @POST
    @Path("/{id}/acknowledgement")
    @RolesAllowed({Roles.DISCIPLINE, Roles.ORGANIZATION, Roles.INTEGRATION})
    @Operation(operationId = "acknowledgeNotification", summary = "Acknowledge a notification", description = "By the "
            + "body notified: DISCIPLINE (or the commission's system) for the discipline body, ORGANIZATION (or the "
            + "department's system) for the organization department; once.")
    @APIResponse(responseCode = "200", description = "Acknowledged; the notification")
    @APIResponse(responseCode = "403", description = "Not the body notified")
    @APIResponse(responseCode = "404", description = "No such notification")
    @APIResponse(responseCode = "409", description = "Already acknowledged")
    public NotificationView acknowledge(@PathParam("id") UUID id) {
        return NotificationView.of(notifications.acknowledge(id, caller));
    }
}
