package org.factmark.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A refused bootstrap admin stops the start with one clear line instead of a stack trace. */
public class BootstrapAdminFailureAnalyzer extends AbstractFailureAnalyzer<AdminBootstrap.BootstrapAdminRefused> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AdminBootstrap.BootstrapAdminRefused cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Start again with a stronger --factmark.bootstrap-admin.password (README: the first admin).", cause);
    }
}
