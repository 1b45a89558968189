package org.allybot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.connector.rest.RestConnectorClient;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.Serialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.allybot.core.DeliveryException;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;

/**
 * Lists a team's or channel's members page by page ({@code GET .../pagedmembers}) and keeps each
 * member's account id, so a 1:1 conversation can be created for them later. The SDK's own paging
 * call cannot pass a continuation token (its Retrofit path puts a template inside the query string,
 * which Retrofit refuses), so pages are fetched here with the SDK's authorised client.
 */
final class MemberPages {
  static final int PAGE_SIZE = 500;
  private static final int MAX_PAGES = 1000;

  private final References references;
  private final ConnectorCalls calls;
  private final TeamsStore store;

  MemberPages(References references, ConnectorCalls calls, TeamsStore store) {
    this.references = references;
    this.calls = calls;
    this.store = store;
  }

  /** The AAD object ids of everyone in {@code conversationId}, every page of them. */
  List<String> list(WorkspaceId ws, String conversationId) throws DeliveryException {
    ConversationReference reference =
        references.forConversation(ws, References.base(conversationId));
    List<String> ids = new ArrayList<>();
    calls.within(
        reference,
        client -> {
          okhttp3.OkHttpClient http = ((RestConnectorClient) client).getRestClient().httpClient();
          String token = null;
          for (int page = 0; page < MAX_PAGES; page++) {
            JsonNode result = page(http, reference, token);
            for (JsonNode member : result.path("members")) {
              String account = member.path("id").asText("");
              String aad = member.path("aadObjectId").asText("");
              String userId = aad.isEmpty() ? account : aad;
              if (!userId.isEmpty()) {
                ids.add(userId);
                if (!account.isEmpty()) {
                  store.saveAccount(new UserRef(ws, userId), account);
                }
              }
            }
            token = result.path("continuationToken").asText("");
            if (token.isEmpty()) {
              break;
            }
          }
          return CompletableFuture.completedFuture(ids);
        });
    return ids;
  }

  private static JsonNode page(
      okhttp3.OkHttpClient http, ConversationReference reference, String token) {
    HttpUrl base = HttpUrl.parse(reference.getServiceUrl());
    if (base == null) {
      throw new IllegalArgumentException("bad service url");
    }
    HttpUrl.Builder url =
        base.newBuilder()
            .addPathSegments("v3/conversations")
            .addPathSegment(reference.getConversation().getId())
            .addPathSegment("pagedmembers")
            .addQueryParameter("pageSize", Integer.toString(PAGE_SIZE));
    if (token != null && !token.isEmpty()) {
      url.addQueryParameter("continuationToken", token);
    }
    try (Response response =
        http.newCall(new Request.Builder().url(url.build()).get().build()).execute()) {
      ResponseBody body = response.body();
      String text = body == null ? "" : body.string();
      if (response.code() != 200) {
        String code = "";
        try {
          code = Serialization.jsonToTree(text).path("error").path("code").asText("");
        } catch (IOException ignored) {
          // not JSON: no error code
        }
        throw new ConnectorStatus(response.code(), response.header("Retry-After"), code);
      }
      return Serialization.jsonToTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
