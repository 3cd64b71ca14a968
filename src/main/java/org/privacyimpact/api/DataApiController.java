package org.privacyimpact.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import lombok.RequiredArgsConstructor;
import org.privacyimpact.dataset.DatasetQuery;
import org.privacyimpact.dataset.DatasetRelease;
import org.privacyimpact.dataset.FigureFilter;
import org.privacyimpact.dataset.RecordsCsv;
import org.privacyimpact.dataset.RecordsQuery;
import org.privacyimpact.dataset.SourceFilter;
import org.privacyimpact.dataset.UserBaseFilter;
import org.privacyimpact.exposure.ExposureFilter;
import org.privacyimpact.exposure.ExposureSort;
import org.privacyimpact.exposure.TargetedPerMillionCsv;
import org.privacyimpact.exposure.TargetedPerMillionQuery;
import org.privacyimpact.incident.IncidentCsv;
import org.privacyimpact.incident.IncidentFilter;
import org.privacyimpact.incident.IncidentQuery;
import org.privacyimpact.incident.IncidentSort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read-only data API under /api/v1: anonymous, JSON by default, CSV with {@code Accept: text/csv} or
 * {@code ?format=csv} ({@code &excel=true} adds the byte-order mark Excel wants). Lists come a page at a time
 * in JSON and whole, streamed, in CSV. Every filter is checked: an unknown parameter, country, incident, kind
 * or a year that is not a year is a 400 naming the parameter. The same queries serve the dashboard's views,
 * so the same filter gives the same numbers everywhere.
 */
@AnswersErrorsInJson
@RestController
@RequestMapping(value = "/api/v1", produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
@RequiredArgsConstructor
class DataApiController {

    // Concrete page types, so that the OpenAPI description can show what each list holds
    static final class IncidentsPage extends PageSchema<ApiModel.Incident> {
    }

    static final class FiguresPage extends PageSchema<ApiModel.Figure> {
    }

    static final class UserBasesPage extends PageSchema<ApiModel.UserBaseItem> {
    }

    static final class ExposurePage extends PageSchema<ApiModel.Exposure> {
    }

    static final class SourcesPage extends PageSchema<ApiModel.SourceItem> {
    }

    /** The shape of {@link ApiPage} for the OpenAPI description (records cannot be extended). */
    abstract static class PageSchema<T> {
        public int page;
        public int size;
        public int total;
        public java.util.List<T> items;
    }

    private final IncidentQuery incidents;
    private final RecordsQuery records;
    private final TargetedPerMillionQuery exposure;
    private final TargetedPerMillionCsv exposureCsv;
    private final DatasetQuery dataset;
    private final RecordsCsv csv;
    private final IncidentCsv incidentCsv;

    @Operation(summary = "Incidents, newest first")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = IncidentsPage.class)))
    @GetMapping("/incidents")
    ResponseEntity<?> incidents(IncidentFilter filter, ApiAnswer.Listed answer) {
        return answer.of("incidents", out -> incidentCsv.write(filter, IncidentSort.NEWEST_FIRST, out),
                () -> incidents.count(filter),
                (offset, limit) -> incidents.find(filter, IncidentSort.NEWEST_FIRST, offset, limit).stream()
                        .map(ApiModel.Incident::of).toList());
    }

    @Operation(summary = "One incident with its figures by area, competing values, caveats and reply")
    @ApiResponse(responseCode = "200",
            content = @Content(schema = @Schema(implementation = ApiModel.IncidentWithFigures.class)))
    @GetMapping("/incidents/{id}")
    ResponseEntity<?> incident(@PathVariable String id, ApiAnswer answer) {
        var detail = incidents.detail(id).orElseThrow(() -> new NotFoundException(
                "There is no incident \"" + id + "\"; GET /api/v1/incidents lists them"));
        FigureFilter figures = new FigureFilter(null, detail.id(), null, null, null, null);
        return answer.of("incident-" + detail.id() + "-figures", out -> csv.figures(figures, out),
                () -> ApiModel.IncidentWithFigures.of(detail));
    }

    @Operation(summary = "Every stored figure, preferred and competing, with its source and quote")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = FiguresPage.class)))
    @GetMapping("/figures")
    ResponseEntity<?> figures(FigureFilter filter, ApiAnswer.Listed answer) {
        return answer.of("figures", out -> csv.figures(filter, out), () -> records.countFigures(filter),
                (offset, limit) -> records.figures(filter, offset, limit).stream().map(ApiModel.Figure::of).toList());
    }

    @Operation(summary = "Platform users, internet users and population figures with their sources")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = UserBasesPage.class)))
    @GetMapping("/user-bases")
    ResponseEntity<?> userBases(UserBaseFilter filter, ApiAnswer.Listed answer) {
        return answer.of("user-bases", out -> csv.userBases(filter, out), () -> records.countUserBases(filter),
                (offset, limit) -> records.userBases(filter, offset, limit).stream()
                        .map(ApiModel.UserBaseItem::of).toList());
    }

    /**
     * People targeted per million: one count kind (default notified_by_platform), per a denominator (default
     * platform_users), for incidents through a platform or named ones, countries, and a year or span of years.
     */
    @Operation(summary = "People targeted per million: one count kind, one denominator",
            description = "Without parameters: kind=notified_by_platform, denominator=platform_users, every "
                    + "country and the worldwide figures. With country, only those countries; add worldwide=true "
                    + "for the worldwide figures beside them, or worldwide=false to leave them out otherwise.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ExposurePage.class)))
    @GetMapping("/exposure")
    ResponseEntity<?> exposure(ExposureFilter filter, ApiAnswer.Listed answer) {
        return answer.of(exposureCsv.fileName(filter).replaceFirst("\\.csv$", ""),
                out -> exposureCsv.write(filter, ExposureSort.HIGHEST_RATE_FIRST, out), () -> exposure.count(filter),
                (offset, limit) -> exposure.find(filter, ExposureSort.HIGHEST_RATE_FIRST, offset, limit).stream()
                        .map(ApiModel.Exposure::of).toList());
    }

    @Operation(summary = "Every source the dataset cites, with how many figures rest on it")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SourcesPage.class)))
    @GetMapping("/sources")
    ResponseEntity<?> sources(ApiAnswer.Listed answer) {
        return answer.of("sources", csv::sources, () -> dataset.countSources(SourceFilter.ALL),
                (offset, limit) -> dataset.sources(SourceFilter.ALL, offset, limit).stream()
                        .map(ApiModel.SourceItem::of).toList());
    }

    @Operation(summary = "The dataset version and its changelog")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ApiModel.Dataset.class)))
    @GetMapping("/dataset")
    ResponseEntity<?> dataset(ApiAnswer answer) {
        List<DatasetRelease> releases = dataset.releases();
        DatasetRelease current = releases.getFirst();
        return answer.of("dataset-changelog", out -> ApiCsv.releases(releases, out),
                () -> new ApiModel.Dataset(current.version(), current.releasedOn(),
                        releases.stream().map(ApiModel.Release::of).toList()));
    }
}
