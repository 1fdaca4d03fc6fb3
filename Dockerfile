# syntax=docker/dockerfile:1

# Build: the same wrapper and Maven as everywhere else, the service's code only. Tests, the specs and the
# documentation site are CI's job (./mvnw verify); -Dmaven.test.skip=true compiles no test code at all.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY . .
# The context holds target/docs-site/ only when a ./mvnw verify built it (.dockerignore lets nothing else of
# target/ in); an empty folder stands in for it otherwise, and the service's /docs then says that it has no site.
RUN ./mvnw -B -q package -Dmaven.test.skip=true && cp target/exemplar-*.jar /src/exemplar.jar \
    && mkdir -p target/docs-site

# Run: a JRE, as a user without privileges, under the prod profile. The datasource comes from the environment:
#   DATABASE_URL (postgres://…), or SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD
FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --no-create-home exemplar
COPY --from=build /src/exemplar.jar /app/exemplar.jar
# The documentation site served at /docs (exemplar.docs-site.location)
COPY --from=build /src/target/docs-site /app/docs-site/
USER exemplar
ENV SPRING_PROFILES_ACTIVE=prod \
    EXEMPLAR_DOCSSITE_LOCATION=/app/docs-site/
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
    CMD curl --fail --silent http://localhost:8080/probe_status || exit 1
ENTRYPOINT ["java", "-jar", "/app/exemplar.jar"]
