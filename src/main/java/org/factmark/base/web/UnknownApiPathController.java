package org.factmark.base.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any /api/ path no endpoint serves answers 404 in the API's JSON error shape (instead of falling through to
 * Vaadin's servlet, which answered its HTML page with 200 and a new session). Spring MVC prefers every concrete
 * mapping over this catch-all.
 */
@RestController
class UnknownApiPathController {

    @RequestMapping("/api/**")
    ResponseEntity<ApiError> unknown(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiError("not_found", null,
                "No API endpoint answers " + request.getMethod() + " " + path + " (see README, REST API)."));
    }
}
