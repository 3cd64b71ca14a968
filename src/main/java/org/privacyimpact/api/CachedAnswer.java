package org.privacyimpact.api;

/** A data API answer kept for the next identical request: its type, its file name if any, and its bytes. */
record CachedAnswer(String contentType, String contentDisposition, byte[] body) {
}
