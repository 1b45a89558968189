package org.allybot.core.store;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands a test (its constructor, or a method) a {@link TestRedis} on the class's embedded Redis,
 * emptied first and closed after the test: the set-up every Redis store test shares. Use it through
 * {@link Each}.
 */
public final class FreshRedis implements ParameterResolver {
  private static final PerTest<TestRedis> REDIS =
      PerTest.of(TestRedis.class, TestRedis::connectEmpty);

  /** An embedded Redis for the class, and a fresh, empty client for each of its tests. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @ExtendWith({EmbeddedRedisExtension.class, FreshRedis.class})
  public @interface Each {}

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return REDIS.supportsParameter(parameter, context);
  }

  @Override
  public TestRedis resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return REDIS.resolveParameter(parameter, context);
  }

  @Override
  public ExtensionContextScope getTestInstantiationExtensionContextScope(
      ExtensionContext rootContext) {
    return REDIS.getTestInstantiationExtensionContextScope(rootContext);
  }
}
