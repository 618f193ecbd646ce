package org.factmark.base.web;

import org.factmark.base.ConflictException;
import org.factmark.base.ForbiddenException;
import org.factmark.base.InvalidInputException;
import org.factmark.base.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Maps service exceptions to JSON errors for every REST controller. */
@RestControllerAdvice(basePackages = "org.factmark")
public class ApiExceptionHandler {

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ApiError> invalid(InvalidInputException e) {
        return status(HttpStatus.BAD_REQUEST, "invalid_" + e.getField(), e.getField(), e.getMessage());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> invalid(MethodArgumentNotValidException e) {
        var fe = e.getBindingResult().getFieldError();
        String field = fe == null ? "body" : fe.getField();
        String message = fe == null ? "invalid request" : field + ": " + fe.getDefaultMessage();
        return status(HttpStatus.BAD_REQUEST, "invalid_" + field, field, message);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        ResponseEntity<ApiError> tooLarge = tooLarge(e);
        if (tooLarge != null) return tooLarge;
        String detail = e.getMostSpecificCause().getMessage();
        if (detail != null && detail.length() > 300) detail = detail.substring(0, 300) + "...";
        return status(HttpStatus.BAD_REQUEST, "unreadable_json", null, "The request body is not valid JSON for this endpoint: " + detail);
    }

    /** A streamed body (e.g. a JSON Lines import) cut off at the size limit: 413. */
    @ExceptionHandler(java.io.UncheckedIOException.class)
    ResponseEntity<ApiError> io(java.io.UncheckedIOException e) {
        ResponseEntity<ApiError> tooLarge = tooLarge(e);
        if (tooLarge != null) return tooLarge;
        throw e;
    }

    private static ResponseEntity<ApiError> tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PayloadTooLargeException p) {
                return status(HttpStatus.CONTENT_TOO_LARGE, "payload_too_large", "body", p.getMessage());
            }
        }
        return null;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> mismatch(MethodArgumentTypeMismatchException e) {
        return status(HttpStatus.BAD_REQUEST, "invalid_" + e.getName(), e.getName(),
                e.getName() + ": cannot read '" + e.getValue() + "'");
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e) {
        return status(HttpStatus.NOT_FOUND, "not_found", null, e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ApiError> conflict(ConflictException e) {
        return status(HttpStatus.CONFLICT, "conflict", e.getField(), e.getMessage());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ApiError> stale(OptimisticLockingFailureException e) {
        return status(HttpStatus.CONFLICT, "stale_edit", null,
                "Someone else changed this item after you loaded it. Reload it and apply your change again.");
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    ResponseEntity<ApiError> forbidden(RuntimeException e) {
        return status(HttpStatus.FORBIDDEN, "forbidden", null, e.getMessage());
    }

    private static ResponseEntity<ApiError> status(HttpStatus status, String error, String field, String message) {
        return ResponseEntity.status(status).body(new ApiError(error, field, message));
    }
}
