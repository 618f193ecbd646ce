package org.factmark.base.web;

import java.io.IOException;

/**
 * Thrown while reading a request body that grows past the API's size limit (a body without Content-Length); every
 * controller answers it with 413 in the API's error shape, also when it arrives wrapped (e.g. in an
 * UncheckedIOException from a service that streams the body).
 */
public class PayloadTooLargeException extends IOException {
    public PayloadTooLargeException(String message) {
        super(message);
    }
}
