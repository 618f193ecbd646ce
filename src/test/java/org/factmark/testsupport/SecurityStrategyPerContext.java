package org.factmark.testsupport;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Several Spring contexts live in one test JVM (MOCK, RANDOM_PORT, other properties). Vaadin creates one
 * SecurityContextHolderStrategy per context and installs it in the static SecurityContextHolder when that context
 * starts, while method security in each context keeps its own. After a second context starts, a test on the
 * first context would set the user in one holder and have services read another ("An Authentication object was
 * not found"). Before each test this listener re-installs the strategy of the test's own context.
 * Registered for every test class in META-INF/spring.factories; runs before Spring Security's
 * WithSecurityContextTestExecutionListener (order 10000).
 */
public class SecurityStrategyPerContext implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        return 1000;
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        install(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        install(testContext);
    }

    private static void install(TestContext testContext) {
        if (!testContext.hasApplicationContext()) return;
        SecurityContextHolderStrategy strategy = testContext.getApplicationContext()
                .getBeanProvider(SecurityContextHolderStrategy.class).getIfUnique();
        if (strategy != null && SecurityContextHolder.getContextHolderStrategy() != strategy) {
            SecurityContextHolder.setContextHolderStrategy(strategy);
        }
    }
}
