# Allybot: multi-stage build of the server jar, run as a non-root user on a Java 21 JRE.
#
#   docker build -t allybot .
#   docker run -p 3000:3000 -e REDIS_URL=redis://redis:6379 -e SLACK_SIGNING_SECRET=... -e SLACK_BOT_TOKEN=... allybot
#
# Environment (see the README and ARCHITECTURE.md for all of it):
#   PORT                  HTTP port (3000)
#   REDIS_URL             redis://host:6379 (or rediss://, Sentinel, Cluster). Unset: an embedded Redis keeps its
#                         files under ALLYBOT_DATA_DIR, fine for a trial, not for production.
#   ALLYBOT_SECRET_KEY    base64 32-byte key; required with REDIS_URL
#   ALLYBOT_PUBLIC_URL    the public https URL Slack calls (OAuth redirect, links)
#   SLACK_SIGNING_SECRET  turns Slack on; with SLACK_BOT_TOKEN (one workspace) or
#                         SLACK_CLIENT_ID / SLACK_CLIENT_SECRET / SLACK_SCOPES (OAuth); SLACK_APP_TOKEN for Socket Mode

FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY testkit/ testkit/
COPY content/ content/
COPY bot-core/ bot-core/
COPY slack-adapter/ slack-adapter/
COPY teams-adapter/ teams-adapter/
COPY server/ server/
COPY bench/ bench/
COPY bench-slack/ bench-slack/
COPY bench-teams/ bench-teams/
# The same Maven command CI runs, without the tests (CI runs those with ./mvnw verify).
RUN ./mvnw -B -ntp -DskipTests package

FROM eclipse-temurin:21-jre
RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin allybot \
    && mkdir -p /app /data && chown allybot /data
WORKDIR /app
COPY --from=build /src/server/target/allybot.jar /app/allybot.jar
ENV PORT=3000 \
    ALLYBOT_DATA_DIR=/data
USER allybot
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=40s --retries=3 \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/${PORT:-3000} && printf "GET /healthz HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 && head -n1 <&3 | grep -q " 200 "'
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/allybot.jar"]
CMD ["serve"]
