package org.xuncha.rectification.cases.rest;

import jakarta.validation.constraints.Size;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.xuncha.platform.documents.Download;
import org.xuncha.platform.documents.OfficialDocument;
import org.xuncha.platform.idempotency.Idempotent;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.security.Caller;
import org.xuncha.platform.security.Roles;
import org.xuncha.rectification.cases.CaseFilter;
import org.xuncha.rectification.cases.CaseState;
import org.xuncha.rectification.cases.Cases;
import org.xuncha.rectification.cases.RectificationCase;
import org.xuncha.rectification.cases.RectificationNotice;
import org.xuncha.rectification.delivery.Deliveries;
import org.xuncha.rectification.delivery.rest.DeliveryRequest;
import org.xuncha.rectification.ledger.rest.LedgerItemView;
import org.xuncha.rectification.report.RectificationReportDocument;
import org.xuncha.rectification.report.Reporting;
import org.xuncha.rectification.report.rest.PlanRequest;
import org.xuncha.rectification.report.rest.PublicNoticeRequest;
import org.xuncha.rectification.report.rest.ReportRequest;
import org.xuncha.rectification.signoff.SignOffs;
import org.xuncha.rectification.signoff.rest.SignOffRequest;
import org.xuncha.rectification.workbook.LedgerExport;
import org.xuncha.rectification.workbook.LedgerWorkbook;

/**
 * Rectification cases and the actions on them. Every case sub-resource lives here: two resource
 * classes must not share the {@code /cases} prefix. Case actions answer with the case and its ETag.
 */
@Idempotent
@Path("/cases")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    private static final String READERS_DESCRIPTION = "No such case, or not one the caller may see";

    private final Cases cases;
    private final SignOffs signOffs;
    private final Deliveries deliveries;
    private final Reporting reporting;
    private final LedgerExport export;
    private final RectificationNotice notice;
    private final RectificationReportDocument reportDocument;
    private final Caller caller;

    public CaseResource(Cases cases, SignOffs signOffs, Deliveries deliveries, Reporting reporting,
            LedgerExport export, RectificationNotice notice, RectificationReportDocument reportDocument, Caller caller) {
        this.cases = cases;
        this.signOffs = signOffs;
        this.deliveries = deliveries;
        this.reporting = reporting;
        this.export = export;
        this.notice = notice;
        this.reportDocument = reportDocument;
        this.caller = caller;
    }

    @GET
    @Tag(name = "Cases")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.DISCIPLINE, Roles.ORGANIZATION, Roles.UNIT,
            Roles.LEADER_IN_CHARGE})
    @Operation(operationId = "listCases",
            summary = "List rectification cases", description = "The cases the caller may see, oldest first: a UNIT "
            + "sees its own organization's (and its villages' and communities'), a leader in charge those of the "
            + "organizations they oversee.")
    @APIResponse(responseCode = "200", description = "A page of cases")
    public Page<CaseView> list(
            @QueryParam("organizationId") UUID organizationId,
            @QueryParam("inspectionId") UUID inspectionId,
            @QueryParam("roundId") UUID roundId,
            @QueryParam("termId") UUID termId,
            @QueryParam("teamId") UUID teamId,
            @QueryParam("state") CaseState state,
            @Parameter(description = "Only cases with (true) or without (false) something past its deadline")
            @QueryParam("overdue") Boolean overdue,
            @Parameter(description = "Only escalated (true) or not escalated (false) cases")
            @QueryParam("escalated") Boolean escalated,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        CaseFilter filter = new CaseFilter(organizationId, inspectionId, roundId, termId, teamId, state, overdue, escalated);
        return cases.list(filter, cursor, limit, caller).map(CaseView::of);
    }

    @GET
    @Path("/{id}")
    @Tag(name = "Cases")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.DISCIPLINE, Roles.ORGANIZATION, Roles.UNIT,
            Roles.LEADER_IN_CHARGE})
    @Operation(operationId = "readCase",
            summary = "Read a rectification case", description = "With its ETag, which a sign-off must send back "
            + "as If-Match.")
    @APIResponse(responseCode = "200", description = "The case", headers = @Header(name = HttpHeaders.ETAG,
            description = "The case's version, quoted", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = READERS_DESCRIPTION)
    public RestResponse<CaseView> read(@PathParam("id") UUID id) {
        return tagged(cases.get(id, caller));
    }

    @GET
    @Path("/{id}/ledger")
    @Tag(name = "Ledger")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.DISCIPLINE, Roles.ORGANIZATION, Roles.UNIT,
            Roles.LEADER_IN_CHARGE})
    @Operation(operationId = "listCaseLedger",
            summary = "Read a case's ledger", description = "Every item of the rectification ledger (整改台账), oldest first.")
    @APIResponse(responseCode = "200", description = "The ledger items")
    @APIResponse(responseCode = "404", description = READERS_DESCRIPTION)
    public Page<LedgerItemView> ledger(@PathParam("id") UUID id,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return Page.slice(cases.ledger(id, caller).stream().map(LedgerItemView::of).toList(), cursor, limit);
    }

    @GET
    @Path("/{id}/ledger.xlsx")
    @Produces(LedgerWorkbook.MEDIA_TYPE)
    @Tag(name = "Ledger")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.DISCIPLINE, Roles.ORGANIZATION, Roles.UNIT,
            Roles.LEADER_IN_CHARGE})
    @Operation(operationId = "downloadCaseLedgerWorkbook",
            summary = "Download a case's ledger as an Excel workbook", description = "The sheet an office prints: "
            + "a header with the organization, the round and the three signatures, one row per item, then the totals.")
    @APIResponse(responseCode = "200", description = "The workbook", content = @Content(mediaType = LedgerWorkbook.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = READERS_DESCRIPTION)
    public RestResponse<byte[]> workbook(@PathParam("id") UUID id) {
        LedgerExport.Exported exported = export.of(id, caller);
        return RestResponse.ResponseBuilder.ok(exported.content(), LedgerWorkbook.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"ledger.xlsx\"; filename*=UTF-8''"
                        + URLEncoder.encode(exported.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    @GET
    @Path("/{id}/notice.docx")
    @Produces(OfficialDocument.MEDIA_TYPE)
    @Tag(name = "Plan and report")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.DISCIPLINE, Roles.ORGANIZATION, Roles.UNIT,
            Roles.LEADER_IN_CHARGE})
    @Operation(operationId = "downloadRectificationNotice",
            summary = "The rectification notice (整改通知) as a Word document", description = "What the organization "
            + "must do by when: the sign-off by its principal leader and leader in charge, the plan and the report with "
            + "the truthfulness commitment (each with the case's deadline), each item closed against its evidence; "
            + "attached, the task list (整改任务清单): every ledger item with its origin, category, type and deadline. "
            + "Laid out as an official document (GB/T 9704-2012). Read by those who read the case.")
    @APIResponse(responseCode = "200", description = "The document, as an attachment",
            headers = @Header(name = "Content-Disposition", description = Download.DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING, example = Download.EXAMPLE)),
            content = @Content(mediaType = OfficialDocument.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = READERS_DESCRIPTION)
    public Response noticeDocument(@PathParam("id") UUID id) {
        return notice.of(id, caller).download();
    }

    @GET
    @Path("/{id}/report.docx")
    @Produces(OfficialDocument.MEDIA_TYPE)
    @Tag(name = "Plan and report")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.DISCIPLINE, Roles.ORGANIZATION, Roles.UNIT,
            Roles.LEADER_IN_CHARGE})
    @Operation(operationId = "downloadRectificationReport",
            summary = "The rectification report (整改报告) with its truthfulness commitment as a Word document",
            description = "From what the case recorded when the secretary signed the report: the items fed back and "
            + "closed at that moment and the rate they give, the report's text, every ledger item with its measures, "
            + "responsible person, deadline and state, signed by the organization on the day of the report; attached, "
            + "the truthfulness commitment (真实性承诺书) in the secretary's name. Laid out as an official document "
            + "(GB/T 9704-2012). Read by those who read the case.")
    @APIResponse(responseCode = "200", description = "The document, as an attachment",
            headers = @Header(name = "Content-Disposition", description = Download.DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING, example = Download.EXAMPLE)),
            content = @Content(mediaType = OfficialDocument.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = READERS_DESCRIPTION)
    @APIResponse(responseCode = "409", description = "The organization has not submitted its report yet "
            + "(`report-missing`)")
    public Response reportDocument(@PathParam("id") UUID id) {
        return reportDocument.of(id, caller).download();
    }

    @POST
    @Path("/{id}/sign-off")
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = "Sign-off")
    @RolesAllowed({Roles.UNIT, Roles.LEADER_IN_CHARGE})
    @Operation(operationId = "signOffCase",
            summary = "Sign the feedback in one capacity (三签收)", description = "The organization (any UNIT account "
            + "of it), its principal leader (their own UNIT account) and the leader in charge (their own "
            + "LEADER_IN_CHARGE account) each sign once, in any order; the third signature moves the case to "
            + "RECTIFYING and sends SignOffCompleted. A conditional request: send the case's ETag as If-Match.")
    @APIResponse(responseCode = "200", description = "Signed; the case with its new ETag")
    @APIResponse(responseCode = "403", description = "The caller may not sign in this capacity")
    @APIResponse(responseCode = "404", description = READERS_DESCRIPTION)
    @APIResponse(responseCode = "409", description = "Already signed in this capacity (duplicate), or the case is past "
            + "its sign-off (illegal-transition)")
    @APIResponse(responseCode = "412", description = "The If-Match is not the case's current ETag: read it again")
    @APIResponse(responseCode = "428", description = "No If-Match was sent")
    public RestResponse<CaseView> signOff(@PathParam("id") UUID id,
            @Parameter(description = "The case's ETag as read, e.g. \"3\"") @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 100) String ifMatch,
            @Valid @NotNull SignOffRequest request) {
        return tagged(signOffs.sign(id, request.capacity(), request.name(), ifMatch, caller));
    }

    @POST
    @Path("/{id}/deliveries")
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = "Cases")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP})
    @Operation(operationId = "recordCaseDelivery",
            summary = "Record a delivery of the feedback (双反馈)", description = "Once per recipient: the organization "
            + "and its principal leader (the dual feedback), the leader in charge, and for a village or community its "
            + "parent organization.")
    @APIResponse(responseCode = "200", description = "Recorded; the case")
    @APIResponse(responseCode = "403", description = "Only the office records deliveries")
    @APIResponse(responseCode = "404", description = READERS_DESCRIPTION)
    @APIResponse(responseCode = "409", description = "Already recorded for this recipient, or the case is closed")
    public RestResponse<CaseView> recordDelivery(@PathParam("id") UUID id, @Valid @NotNull DeliveryRequest request) {
        return tagged(deliveries.record(id, request.toRecord(), caller));
    }

    @POST
    @Path("/{id}/plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = "Plan and report")
    @RolesAllowed(Roles.UNIT)
    @Operation(operationId = "submitRectificationPlan",
            summary = "Submit the rectification plan (整改方案)", description = "By the organization while the case is "
            + "RECTIFYING; a later submission revises it.")
    @APIResponse(responseCode = "200", description = "Submitted; the case")
    @APIResponse(responseCode = "403", description = "Not an account of the organization")
    @APIResponse(responseCode = "404", description = READERS_DESCRIPTION)
    @APIResponse(responseCode = "409", description = "The case is not RECTIFYING")
    public RestResponse<CaseView> submitPlan(@PathParam("id") UUID id, @Valid @NotNull PlanRequest request) {
        return tagged(reporting.submitPlan(id, request.content(), caller));
    }

    @POST
    @Path("/{id}/report")
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = "Plan and report")
    @RolesAllowed(Roles.UNIT)
    @Operation(operationId = "submitRectificationReport",
            summary = "Submit the rectification report (整改报告)", description = "Signed by the secretary (the "
            + "principal leader, from their own account) with the truthfulness commitment; the plan must be in. The "
            + "case moves to REPORTED and RectificationReported carries the counts of this moment (the rate at the "
            + "first report).")
    @APIResponse(responseCode = "200", description = "Reported; the case")
    @APIResponse(responseCode = "403", description = "Not the principal leader's account")
    @APIResponse(responseCode = "404", description = READERS_DESCRIPTION)
    @APIResponse(responseCode = "409", description = "The case is not RECTIFYING, or has no plan yet")
    public RestResponse<CaseView> submitReport(@PathParam("id") UUID id, @Valid @NotNull ReportRequest request) {
        return tagged(reporting.submitReport(id, request.summary(), caller));
    }

    @POST
    @Path("/{id}/public-notice")
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = "Plan and report")
    @RolesAllowed(Roles.UNIT)
    @Operation(operationId = "recordPublicNotice",
            summary = "Record the public notice of the rectification", description = "How and where the organization "
            + "made its rectification public (向党内和社会通报), once, after the report.")
    @APIResponse(responseCode = "200", description = "Recorded; the case")
    @APIResponse(responseCode = "403", description = "Not an account of the organization")
    @APIResponse(responseCode = "404", description = READERS_DESCRIPTION)
    @APIResponse(responseCode = "409", description = "No report yet, or already recorded")
    public RestResponse<CaseView> recordPublicNotice(@PathParam("id") UUID id,
            @Valid @NotNull PublicNoticeRequest request) {
        return tagged(reporting.recordPublicNotice(id, request.channel(), request.noticeAt(), request.scope(), caller));
    }

    @POST
    @Path("/{id}/verification")
    @Tag(name = "Plan and report")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP})
    @Operation(operationId = "startCaseVerification",
            summary = "Start verifying the report", description = "REPORTED → VERIFYING: the office checks the items "
            + "against their evidence (对账销号).")
    @APIResponse(responseCode = "200", description = "Verifying; the case")
    @APIResponse(responseCode = "403", description = "Only the office verifies")
    @APIResponse(responseCode = "404", description = READERS_DESCRIPTION)
    @APIResponse(responseCode = "409", description = "The case is not REPORTED")
    public RestResponse<CaseView> startVerification(@PathParam("id") UUID id) {
        return tagged(reporting.startVerification(id, caller));
    }

    @POST
    @Path("/{id}/closure")
    @Tag(name = "Plan and report")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP})
    @Operation(operationId = "closeCase",
            summary = "Close the case", description = "VERIFYING → CLOSED when every item is closed or long-term "
            + "(长期坚持); sends CaseClosed.")
    @APIResponse(responseCode = "200", description = "Closed; the case")
    @APIResponse(responseCode = "403", description = "Only the office closes cases")
    @APIResponse(responseCode = "404", description = READERS_DESCRIPTION)
    @APIResponse(responseCode = "409", description = "The case is not VERIFYING, or items are unfinished "
            + "(`unfinishedItems` lists them)")
    public RestResponse<CaseView> close(@PathParam("id") UUID id) {
        return tagged(reporting.close(id, caller));
    }

    private static RestResponse<CaseView> tagged(RectificationCase found) {
        return RestResponse.ResponseBuilder.ok(CaseView.of(found))
                .tag(new EntityTag(Long.toString(found.version())))
                .build();
    }
}
