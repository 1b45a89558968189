package org.allybot.teams.auth;

import com.microsoft.bot.connector.authentication.CachingOpenIdMetadataResolver;
import com.microsoft.bot.connector.authentication.OpenIdMetadata;
import com.microsoft.bot.connector.authentication.OpenIdMetadataKey;
import com.microsoft.bot.connector.authentication.OpenIdMetadataResolver;

/**
 * The SDK's cached OpenID keys, minus any key published without endorsements. The SDK skips the
 * endorsement check for such keys (that is how the emulator path works); a channel token must be
 * endorsed, so here such a key counts as unknown.
 */
final class EndorsedKeys implements OpenIdMetadataResolver {
  private final OpenIdMetadataResolver cached = new CachingOpenIdMetadataResolver();

  @Override
  public OpenIdMetadata get(String metadataUrl) {
    OpenIdMetadata metadata = cached.get(metadataUrl);
    return keyId -> {
      OpenIdMetadataKey key = metadata.getKey(keyId);
      return key == null || key.endorsements == null || key.endorsements.isEmpty() ? null : key;
    };
  }
}
