package org.allybot.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core stays platform-neutral, and only its store talks to Redis. */
@AnalyzeClasses(packages = "org.allybot.core", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
  @ArchTest
  static final ArchRule coreNeverImportsAPlatformOrAnHttpServer =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "com.slack..", "com.microsoft.bot..", "io.javalin..", "org.eclipse.jetty..");

  @ArchTest
  static final ArchRule onlyTheStoreUsesJedis =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.allybot.core.store..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("redis.clients..");
}
