package org.allybot.testkit;

import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Builds a fixture on the test class's embedded Redis ({@link EmbeddedRedisExtension}) for each
 * test that asks for one, as a constructor or method parameter of its type, and closes it when that
 * test ends: a harness's set-up and tear-down, written once. Register it in a static field:
 *
 * <pre>{@code
 * @RegisterExtension static final PerTest<Harness> HARNESS = PerTest.of(Harness.class, Harness::new);
 * }</pre>
 */
public final class PerTest<T extends AutoCloseable> implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(PerTest.class);

  private final Class<T> type;
  private final Function<RedisEndpoint, T> make;

  private PerTest(Class<T> type, Function<RedisEndpoint, T> make) {
    this.type = type;
    this.make = make;
  }

  public static <T extends AutoCloseable> PerTest<T> of(
      Class<T> type, Function<RedisEndpoint, T> make) {
    return new PerTest<>(type, make);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == type;
  }

  @Override
  public T resolveParameter(ParameterContext parameter, ExtensionContext context) {
    T fixture = make.apply(EmbeddedRedisExtension.endpoint(context));
    context.getStore(NAMESPACE).put(new Object(), fixture); // closed when the test ends
    return fixture;
  }

  /** A constructor's parameters belong to the test that instance runs, not to the whole class. */
  @Override
  public ExtensionContextScope getTestInstantiationExtensionContextScope(
      ExtensionContext rootContext) {
    return ExtensionContextScope.TEST_METHOD;
  }
}
