package org.allybot.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The core stays platform-neutral, only its store talks to Redis, it makes no HTTP calls of its
 * own, and its packages depend on each other without cycles.
 */
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

  @ArchTest
  static final ArchRule coreNeverUsesAnHttpClient =
      noClasses().should().dependOnClassesThat().resideInAnyPackage("okhttp3..", "java.net.http..");

  @ArchTest
  static final ArchRule corePackagesAreFreeOfCycles =
      slices().matching("org.allybot.core.(*)..").should().beFreeOfCycles();
}
