# syntax=docker/dockerfile:1

# Build: the same wrapper and Maven as everywhere else. Tests are CI's job (./mvnw verify), not the image's.
# The jar carries the documentation site (served at /docs), assembled here from specs/, docs-site/ and the spec
# engine's output target/specs/ when the context has one (run ./mvnw verify first); without it the site says
# that no specs ran. Pass the commit, since .git is not in the context: --build-arg GIT_COMMIT=$(git rev-parse --short HEAD)
FROM eclipse-temurin:17-jdk AS build
ARG GIT_COMMIT=unknown
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY . .
RUN ./mvnw -B -q package -DskipTests && cp target/exemplar-*.jar /src/exemplar.jar

# Run: a JRE, as a user without privileges, under the prod profile. The datasource comes from the environment:
#   SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD
FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --no-create-home exemplar
COPY --from=build /src/exemplar.jar /app/exemplar.jar
USER exemplar
ENV SPRING_PROFILES_ACTIVE=prod
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
    CMD curl --fail --silent http://localhost:8080/probe_status || exit 1
ENTRYPOINT ["java", "-jar", "/app/exemplar.jar"]
