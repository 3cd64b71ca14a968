package org.privacyimpact.common.address;

import java.util.List;
import java.util.Map;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/** An address with its parameters, as links write it: no "?" when there are none, parameters in their order. */
public final class Addresses {

    private Addresses() {
    }

    /**
     * @param path       such as "http://localhost:8080/embed/map", or "compare" for a relative address
     * @param parameters by name, in the order to write them; values are encoded here
     */
    public static String withQuery(String path, Map<String, List<String>> parameters) {
        return UriComponentsBuilder.fromUriString(path).queryParams(new LinkedMultiValueMap<>(parameters)).encode()
                .build().toUriString();
    }
}
