package org.factmark.review;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Every Spring context installs its own SecurityContextHolderStrategy (Vaadin's VaadinAwareSecurityContextHolderStrategy,
 * one ThreadLocal per instance) into the static SecurityContextHolder when it starts, while its method-security
 * interceptors and filters keep using their own instance. Once a second context has started in the same JVM, a test
 * running on an earlier (cached) context would log in through the static holder into the wrong strategy and the
 * services would see nobody logged in. Before each test this puts the test's own context's strategy back.
 */
public class SameSecurityStrategy implements BeforeEachCallback {
    @Override
    public void beforeEach(ExtensionContext context) {
        SpringExtension.getApplicationContext(context).getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
