package org.allybot.testkit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts a real {@link LocalRedisSentinel} set-up (master, replica, Sentinel; the master with
 * {@link LocalRedisSentinel#SAFE_MASTER}) for a test class and stops it afterwards. Tests receive
 * its {@link RedisEndpoint} (a {@code redis-sentinel://} URL) or the set-up itself, to fail over.
 */
public final class RedisSentinelExtension implements BeforeAllCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(RedisSentinelExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    LocalRedisSentinel sentinel = LocalRedisSentinel.start(LocalRedisSentinel.SAFE_MASTER);
    context.getStore(NAMESPACE).put(LocalRedisSentinel.class, sentinel); // closed with the class
    EmbeddedRedisExtension.publish(context, sentinel.endpoint());
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == RedisEndpoint.class || type == LocalRedisSentinel.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == RedisEndpoint.class
        ? EmbeddedRedisExtension.endpoint(context)
        : context.getStore(NAMESPACE).get(LocalRedisSentinel.class, LocalRedisSentinel.class);
  }
}
