package org.privacyimpact.dataset;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/**
 * What one unit of a figure is. Most sources count people; some count phone numbers, phones, accounts, devices
 * or IP addresses, and one person can have several of each. A number is never read as people when its source
 * counted something else.
 */
@RequiredArgsConstructor
public enum CountedUnit implements StoredCode {
    PEOPLE("people", "person", "people"),
    PHONE_NUMBERS("phone_numbers", "phone number", "phone numbers"),
    PHONES("phones", "phone", "phones"),
    ACCOUNTS("accounts", "account", "accounts"),
    DEVICES("devices", "device", "devices"),
    IP_ADDRESSES("ip_addresses", "IP address", "IP addresses"),
    CUSTOMERS("customers", "customer", "customers");

    @Getter
    private final String code;
    private final String one;
    private final String many;

    /** "people", "phone numbers": the unit's name in a list of units. */
    public String plural() {
        return many;
    }

    /** "person" or "people", "account" or "accounts", as the count needs. */
    public String words(long count) {
        return count == 1 ? one : many;
    }
}
