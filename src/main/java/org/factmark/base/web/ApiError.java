package org.factmark.base.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The JSON body of every REST error: a short machine-readable code, the field at fault (if any) and a message. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, String field, String message) {
}
