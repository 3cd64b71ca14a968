package org.privacyimpact.feed;

import java.nio.charset.StandardCharsets;

import lombok.RequiredArgsConstructor;
import org.privacyimpact.common.Sha256;
import org.privacyimpact.dataset.DatasetQuery;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@value #PATH}: the dataset's releases for feed readers, so analysts and newsrooms learn of a new version
 * without visiting. Anonymous and without a session, and cached as the data API's answers are: a reader or a
 * CDN that sends the feed's ETag back gets 304 until a release changes it, and a new release is in the next
 * answer.
 */
@RestController
@RequiredArgsConstructor
class ReleasesFeedController {

    static final String PATH = "/releases.atom";
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final DatasetQuery dataset;

    /** Spring answers 304 itself when the request's If-None-Match holds the ETag the answer carries. */
    @GetMapping(PATH)
    ResponseEntity<String> releases() {
        String feed = ReleasesAtom.of(dataset.releases(),
                ServletUriComponentsBuilder.fromCurrentContextPath().path("/").build().toUri());
        String etag = "\"" + Sha256.hex(feed.getBytes(StandardCharsets.UTF_8)).substring(0, 32) + "\"";
        return ResponseEntity.ok().contentType(ATOM).eTag(etag)
                .cacheControl(CacheControl.noCache().cachePublic()).body(feed);
    }
}
