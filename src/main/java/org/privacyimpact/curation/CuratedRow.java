package org.privacyimpact.curation;

/**
 * One record in a curator's list: its key, a title and a line of detail to recognise it by, and whether it is
 * retired (hidden from readers, kept with its history).
 */
public record CuratedRow(String key, String title, String detail, boolean retired) {
}
