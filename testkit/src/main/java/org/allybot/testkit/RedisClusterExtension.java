package org.allybot.testkit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts a real three-master {@link LocalRedisCluster} for a test class and stops it afterwards.
 * Tests receive its {@link RedisEndpoint} (a {@code redis-cluster://} URL) or the cluster itself,
 * and {@link PerTest} fixtures are built on it.
 */
public final class RedisClusterExtension implements BeforeAllCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(RedisClusterExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    LocalRedisCluster cluster = LocalRedisCluster.start(3);
    context.getStore(NAMESPACE).put(LocalRedisCluster.class, cluster); // closed with the class
    EmbeddedRedisExtension.publish(context, cluster.endpoint());
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == RedisEndpoint.class || type == LocalRedisCluster.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == RedisEndpoint.class
        ? EmbeddedRedisExtension.endpoint(context)
        : context.getStore(NAMESPACE).get(LocalRedisCluster.class, LocalRedisCluster.class);
  }
}
