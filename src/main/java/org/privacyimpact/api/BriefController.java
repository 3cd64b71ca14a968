package org.privacyimpact.api;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import lombok.RequiredArgsConstructor;
import org.privacyimpact.brief.Briefs;
import org.privacyimpact.common.address.BriefAddresses;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The briefing pack in the data API: a country's brief and the world's, as A4 PDF documents. Like every answer of
 * the API they are anonymous, and named by the dataset's version (ETag), so a second request costs a 304.
 */
@AnswersErrorsInJson
@RestController
@RequiredArgsConstructor
class BriefController {

    private final Briefs briefs;

    @Operation(summary = "A country's brief: its figures, rates, incidents and sources on A4 (PDF)")
    @ApiResponse(responseCode = "200", description = "A tagged PDF (PDF/UA, PDF/A-3u)",
            content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
                    schema = @Schema(type = "string", format = "binary")))
    @GetMapping(BriefAddresses.COUNTRY)
    ResponseEntity<byte[]> country(@PathVariable String iso2) {
        String iso = iso2.toUpperCase(Locale.ROOT);
        byte[] brief = briefs.country(iso, origin()).orElseThrow(() -> new NotFoundException(
                "There is no country \"" + iso2 + "\" in the dataset; use an ISO 3166-1 alpha-2 code such as IN"));
        return pdf(brief, Briefs.countryFileName(iso));
    }

    @Operation(summary = "The world's brief: worldwide figures and the countries with the highest rates (PDF)")
    @ApiResponse(responseCode = "200", description = "A tagged PDF (PDF/UA, PDF/A-3u)",
            content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
                    schema = @Schema(type = "string", format = "binary")))
    @GetMapping(BriefAddresses.WORLD)
    ResponseEntity<byte[]> world() {
        return pdf(briefs.world(origin()), Briefs.WORLD_FILE_NAME);
    }

    /** Shown in the browser's own viewer, and saved under its name. */
    private static ResponseEntity<byte[]> pdf(byte[] brief, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.inline().filename(fileName).build().toString())
                .body(brief);
    }

    private static String origin() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }
}
