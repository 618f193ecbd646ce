package org.factmark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** Keeps the package-by-feature rules of DESIGN.md: one-way feature imports, private repositories, no cross-ui use. */
class ArchitectureTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // code that Spring AOT generates into target/classes (`-Paot-cache`, decision 083) wires every package
            // by design: Foo__BeanDefinitions, Application__BeanFactoryRegistrations, Foo$$SpringCGLIB$$0
            .withImportOption(location -> !location.contains("__") && !location.contains("$$SpringCGLIB$$"))
            .importPackages("org.factmark");

    @Test
    void features_depend_on_each_other_one_way_only() {
        // export -> review -> claim -> article -> base; security and base are usable by all
        noClasses().that().resideInAPackage("org.factmark.article..")
                .should().dependOnClassesThat().resideInAnyPackage("org.factmark.claim..", "org.factmark.review..",
                        "org.factmark.export..", "org.factmark.demo..")
                .check(CLASSES);
        // suggest builds on claim and article; nothing below it knows it (the annotator reaches it through
        // base.ui.AnnotatorExtension)
        noClasses().that().resideInAnyPackage("org.factmark.article..", "org.factmark.claim..", "org.factmark.base..",
                        "org.factmark.security..")
                .should().dependOnClassesThat().resideInAPackage("org.factmark.suggest..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("org.factmark.claim..")
                .should().dependOnClassesThat().resideInAnyPackage("org.factmark.review..", "org.factmark.export..",
                        "org.factmark.demo..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("org.factmark.review..")
                .should().dependOnClassesThat().resideInAnyPackage("org.factmark.export..", "org.factmark.demo..")
                .check(CLASSES);
        noClasses().that().resideInAnyPackage("org.factmark.base..", "org.factmark.security..")
                .should().dependOnClassesThat().resideInAnyPackage("org.factmark.article..", "org.factmark.claim..",
                        "org.factmark.review..", "org.factmark.export..", "org.factmark.demo..")
                .check(CLASSES);
    }

    @Test
    void no_feature_uses_another_features_ui() {
        // base.ui (MainLayout, Notices) is the shared UI every feature builds on
        for (String feature : new String[] {"article", "claim", "review", "export", "security", "suggest", "backup"}) {
            noClasses().that().resideOutsideOfPackage("org.factmark." + feature + "..")
                    .should().dependOnClassesThat().resideInAPackage("org.factmark." + feature + ".ui..")
                    .allowEmptyShould(true)
                    .check(CLASSES);
        }
    }

    @Test
    void repositories_are_package_private_and_views_never_touch_them() {
        classes().that().areAssignableTo(Repository.class).and().areInterfaces()
                .should().notHaveModifier(JavaModifier.PUBLIC)
                .allowEmptyShould(true)
                .check(CLASSES);
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(CLASSES);
    }
}
