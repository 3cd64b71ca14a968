package org.privacyimpact.api;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any address under /api that no endpoint serves: the API's own 404, not the dashboard's HTML page (which would
 * also open a session). Only GET is mapped here, so any other method meets the API's 405; it produces what the
 * endpoints produce, so a request for another type is told 406 rather than 404.
 */
@RestController
class UnknownApiAddress {

    @GetMapping(value = "/api/**", produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    void unknown() {
        throw new NotFoundException("The data API has no such address; GET /api/v1/openapi describes every endpoint");
    }
}
