package dev.ssot.lang.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ssot.core.model.BuildModule;
import dev.ssot.core.parse.BuildFileReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MavenPomReaderTest {

  private static BuildFileReader.Read read(String path, String pom) {
    return new MavenPomReader().read(path, pom.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsTheModuleAndItsDependenciesWithTheGroupInheritedFromTheParent() {
    BuildFileReader.Read read =
        read(
            "shop/app/pom.xml",
            """
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <parent>
                <groupId>com.shop</groupId>
                <artifactId>shop-parent</artifactId>
                <version>1.0</version>
              </parent>
              <artifactId>app</artifactId>
              <properties><lib.group>org.lib</lib.group></properties>
              <dependencies>
                <dependency>
                  <groupId>${project.groupId}</groupId>
                  <artifactId>core</artifactId>
                  <version>${project.version}</version>
                  <scope>test</scope>
                </dependency>
                <dependency>
                  <groupId>${lib.group}</groupId>
                  <artifactId>lib</artifactId>
                </dependency>
                <dependency>
                  <groupId>${undefined}</groupId>
                  <artifactId>other</artifactId>
                </dependency>
              </dependencies>
              <dependencyManagement>
                <dependencies>
                  <dependency><groupId>com.shop</groupId><artifactId>managed</artifactId></dependency>
                </dependencies>
              </dependencyManagement>
            </project>
            """);
    assertNull(read.problem());
    assertEquals(
        new BuildModule(
            "com.shop:app",
            "shop/app",
            "shop/app/pom.xml",
            List.of("com.shop:core", "org.lib:lib", "${undefined}:other")),
        read.module());
  }

  @Test
  void aPomAtTheRootHasTheEmptyDirectoryAndItsOwnGroup() {
    BuildModule module =
        read(
                "pom.xml",
                "<project><groupId>com.shop</groupId><artifactId>shop-parent</artifactId>"
                    + "<parent><groupId>org.other</groupId><artifactId>p</artifactId></parent>"
                    + "</project>")
            .module();
    assertEquals("com.shop:shop-parent", module.id());
    assertEquals("", module.directory());
    assertEquals(List.of(), module.dependencies());
  }

  @Test
  void malformedXmlIsAProblemWithItsLine() {
    BuildFileReader.Read read =
        read(
            "app/pom.xml", "<project>\n  <artifactId>app</artifactId>\n  <groupId>x\n</project>\n");
    assertNull(read.module());
    assertEquals("app/pom.xml", read.problem().path());
    assertEquals(4, read.problem().line());
    assertTrue(read.problem().message().startsWith("not a readable Maven POM: "));
  }

  @Test
  void otherXmlOrAPomWithoutCoordinatesIsAProblem() {
    assertTrue(
        read("pom.xml", "<settings/>").problem().message().contains("root element is <settings>"));
    assertTrue(
        read("pom.xml", "<project><artifactId>a</artifactId></project>")
            .problem()
            .message()
            .contains("no <groupId>"));
    assertTrue(
        read("pom.xml", "<project><groupId>g</groupId></project>")
            .problem()
            .message()
            .contains("no <artifactId>"));
  }

  @Test
  void documentTypesAndExternalEntitiesAreRefused() {
    BuildFileReader.Read read =
        read(
            "pom.xml",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE project [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<project><groupId>&x;</groupId><artifactId>a</artifactId></project>");
    assertNull(read.module());
    assertEquals(2, read.problem().line());
  }
}
