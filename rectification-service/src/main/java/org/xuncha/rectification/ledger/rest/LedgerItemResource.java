package org.xuncha.rectification.ledger.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.xuncha.platform.idempotency.Idempotent;
import org.xuncha.platform.security.Caller;
import org.xuncha.platform.security.Roles;
import org.xuncha.rectification.Created;
import org.xuncha.rectification.evidence.Evidence;
import org.xuncha.rectification.evidence.rest.EvidenceView;
import org.xuncha.rectification.ledger.Ledger;
import org.xuncha.rectification.ledger.LedgerItem;
import org.xuncha.rectification.ledger.ProgressNote;
import org.xuncha.rectification.ledger.rest.ItemRequests.NewItem;
import org.xuncha.rectification.ledger.rest.ItemRequests.NoteRequest;
import org.xuncha.rectification.ledger.rest.ItemRequests.RectificationRequest;
import org.xuncha.rectification.ledger.rest.ItemRequests.ReturnRequest;
import org.xuncha.rectification.ledger.rest.ItemRequests.RoutingRequest;

/**
 * Ledger items: the organization records and submits its rectification; the office adds items,
 * verifies and closes them (对账销号) or sends them back.
 */
@Idempotent
@Path("/ledger-items")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ledger")
public class LedgerItemResource {

    private static final String NOT_VISIBLE = "No such item, or not one of a case the caller may see";

    private final Ledger ledger;
    private final Evidence evidence;
    private final Caller caller;

    public LedgerItemResource(Ledger ledger, Evidence evidence, Caller caller) {
        this.ledger = ledger;
        this.evidence = evidence;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP})
    @Operation(operationId = "addLedgerItem",
            summary = "Add an item to a case's ledger", description = "A point of the secretary's list, of the "
            + "accountability list, or the office's own; items from findings come with the feedback.")
    @APIResponse(responseCode = "201", description = "Added; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LedgerItemView.class)))
    @APIResponse(responseCode = "403", description = "Only the office adds items")
    @APIResponse(responseCode = "404", description = "No such case")
    @APIResponse(responseCode = "409", description = "The case is closed")
    public RestResponse<LedgerItemView> add(@Valid @NotNull NewItem request) {
        LedgerItem added = ledger.add(request.caseId(), request.origin(), request.problem(), request.persons(), caller);
        return Created.at("/ledger-items/" + added.id(), LedgerItemView.of(added));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.DISCIPLINE, Roles.ORGANIZATION, Roles.UNIT,
            Roles.LEADER_IN_CHARGE})
    @Operation(operationId = "readLedgerItem",
            summary = "Read a ledger item", description = "With its progress notes, evidence files and history.")
    @APIResponse(responseCode = "200", description = "The item")
    @APIResponse(responseCode = "404", description = NOT_VISIBLE)
    public LedgerItemDetailView read(@PathParam("id") UUID id) {
        return LedgerItemDetailView.of(ledger.detail(id, caller));
    }

    @PUT
    @Path("/{id}/rectification")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.UNIT)
    @Operation(operationId = "recordItemRectification",
            summary = "Record how an item is rectified", description = "Measures, responsible person and department, "
            + "term, deadline and results, replaced as a whole; while the item is OPEN or IN_PROGRESS.")
    @APIResponse(responseCode = "200", description = "Recorded; the item")
    @APIResponse(responseCode = "403", description = "Not an account of the organization")
    @APIResponse(responseCode = "404", description = NOT_VISIBLE)
    @APIResponse(responseCode = "409", description = "The item is SUBMITTED or CLOSED, or the case is not being rectified")
    public LedgerItemView recordRectification(@PathParam("id") UUID id, @Valid @NotNull RectificationRequest request) {
        return LedgerItemView.of(ledger.recordRectification(id, request.toRectification(), caller));
    }

    @POST
    @Path("/{id}/routing")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP})
    @Operation(operationId = "routeLedgerItem",
            summary = "Route an item to a competent department", description = "For centralized rectification of a "
            + "problem that recurs (统一移交主管部门集中整改).")
    @APIResponse(responseCode = "200", description = "Routed; the item")
    @APIResponse(responseCode = "403", description = "Only the office routes items")
    @APIResponse(responseCode = "404", description = NOT_VISIBLE)
    @APIResponse(responseCode = "409", description = "The item is closed")
    public LedgerItemView route(@PathParam("id") UUID id, @Valid @NotNull RoutingRequest request) {
        return LedgerItemView.of(ledger.routeTo(id, request.competentDepartment(), caller));
    }

    @POST
    @Path("/{id}/start")
    @RolesAllowed(Roles.UNIT)
    @Operation(operationId = "startLedgerItem",
            summary = "Start work on an item", description = "OPEN → IN_PROGRESS, by the organization, once its "
            + "rectification is recorded and the case is signed off.")
    @APIResponse(responseCode = "200", description = "Started; the item")
    @APIResponse(responseCode = "403", description = "Not an account of the organization")
    @APIResponse(responseCode = "404", description = NOT_VISIBLE)
    @APIResponse(responseCode = "409", description = "The item is not OPEN, its rectification is not recorded, or the "
            + "case is not being rectified")
    public LedgerItemView start(@PathParam("id") UUID id) {
        return LedgerItemView.of(ledger.start(id, caller));
    }

    @POST
    @Path("/{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT, Roles.OFFICE, Roles.LEADERSHIP})
    @Operation(operationId = "addLedgerItemNote",
            summary = "Note progress on an item", description = "By the organization or the office, until the item "
            + "is closed.")
    @APIResponse(responseCode = "201", description = "Noted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LedgerItemDetailView.NoteView.class)))
    @APIResponse(responseCode = "403", description = "Not an account of the organization or the office")
    @APIResponse(responseCode = "404", description = NOT_VISIBLE)
    @APIResponse(responseCode = "409", description = "The item is closed, or the case is not being rectified")
    public RestResponse<LedgerItemDetailView.NoteView> addNote(@PathParam("id") UUID id,
            @Valid @NotNull NoteRequest request) {
        ProgressNote note = ledger.addNote(id, request.text(), caller);
        return Created.at("/ledger-items/" + id, LedgerItemDetailView.NoteView.of(note));
    }

    @POST
    @Path("/{id}/evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.UNIT, Roles.OFFICE, Roles.LEADERSHIP})
    @Operation(operationId = "uploadEvidence",
            summary = "Upload an evidence file", description = "A multipart form with the part `file`, within the "
            + "size limit (20 MB by default); its SHA-256 is kept and checked on every download. While the item is "
            + "OPEN or IN_PROGRESS.")
    @APIResponse(responseCode = "201", description = "Stored; Location names the file",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvidenceView.class)))
    @APIResponse(responseCode = "403", description = "Not an account of the organization or the office")
    @APIResponse(responseCode = "404", description = NOT_VISIBLE)
    @APIResponse(responseCode = "409", description = "The item is SUBMITTED or CLOSED, or the case is not being rectified")
    @APIResponse(responseCode = "413", description = "The request is larger than the server accepts at all")
    public RestResponse<EvidenceView> upload(@PathParam("id") UUID id,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file) {
        Evidence.Upload upload = file == null ? null
                : new Evidence.Upload(file.fileName(), file.contentType(), file.size(), file.uploadedFile());
        EvidenceView stored = EvidenceView.of(evidence.upload(id, upload, caller));
        return Created.at("/ledger-items/" + id + "/evidence/" + stored.id(), stored);
    }

    @GET
    @Path("/{id}/evidence/{evidenceId}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.DISCIPLINE, Roles.ORGANIZATION, Roles.UNIT,
            Roles.LEADER_IN_CHARGE})
    @Operation(operationId = "downloadEvidence",
            summary = "Download an evidence file", description = "Only once its content is found to have the SHA-256 "
            + "it was uploaded with; `Repr-Digest` repeats it.")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such file, or not one the caller may see")
    @APIResponse(responseCode = "409", description = "The stored file no longer matches its SHA-256 (evidence-corrupted)")
    public RestResponse<java.nio.file.Path> download(@PathParam("id") UUID id, @PathParam("evidenceId") UUID evidenceId) {
        Evidence.Download download = evidence.download(id, evidenceId, caller);
        String digest = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(download.file().sha256()));
        return RestResponse.ResponseBuilder.ok(download.content())
                .type(download.file().servedContentType())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(download.file().fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("Repr-Digest", "sha-256=:" + digest + ":")
                .tag(new EntityTag(download.file().sha256()))
                .build();
    }

    @POST
    @Path("/{id}/submission")
    @RolesAllowed(Roles.UNIT)
    @Operation(operationId = "submitLedgerItem",
            summary = "Submit an item for verification", description = "IN_PROGRESS → SUBMITTED, by the organization, "
            + "with at least one evidence file.")
    @APIResponse(responseCode = "200", description = "Submitted; the item")
    @APIResponse(responseCode = "403", description = "Not an account of the organization")
    @APIResponse(responseCode = "404", description = NOT_VISIBLE)
    @APIResponse(responseCode = "409", description = "The item is not IN_PROGRESS, or has no evidence")
    public LedgerItemView submit(@PathParam("id") UUID id) {
        return LedgerItemView.of(ledger.submit(id, caller));
    }

    @POST
    @Path("/{id}/closure")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP})
    @Operation(operationId = "closeLedgerItem",
            summary = "Verify and close an item (对账销号)", description = "SUBMITTED → CLOSED, by the office; the "
            + "organization cannot close its own items. Sends LedgerItemClosed.")
    @APIResponse(responseCode = "200", description = "Closed; the item")
    @APIResponse(responseCode = "403", description = "Only the office closes items")
    @APIResponse(responseCode = "404", description = NOT_VISIBLE)
    @APIResponse(responseCode = "409", description = "The item is not SUBMITTED")
    public LedgerItemView close(@PathParam("id") UUID id) {
        return LedgerItemView.of(ledger.close(id, caller));
    }

    @POST
    @Path("/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP})
    @Operation(operationId = "returnLedgerItem",
            summary = "Send a submitted item back", description = "SUBMITTED → IN_PROGRESS, by the office, with the "
            + "reason.")
    @APIResponse(responseCode = "200", description = "Returned; the item")
    @APIResponse(responseCode = "403", description = "Only the office returns items")
    @APIResponse(responseCode = "404", description = NOT_VISIBLE)
    @APIResponse(responseCode = "409", description = "The item is not SUBMITTED")
    public LedgerItemView returnForRework(@PathParam("id") UUID id, @Valid @NotNull ReturnRequest request) {
        return LedgerItemView.of(ledger.returnForRework(id, request.reason(), caller));
    }
}
