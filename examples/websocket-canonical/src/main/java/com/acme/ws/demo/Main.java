package com.acme.ws.demo;

import com.acme.ws.WebSocketConnection;
import com.acme.ws.WebSocketManagerMode;
import com.acme.ws.WebSocketManagerProtocol;
import com.acme.ws.WebSocketManagers;
import com.acme.ws.server.AgentEventServer;
import com.acme.ws.server.ConnectionListener;
import com.acme.ws.server.HmacTokens;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Starts the agent-event server on 127.0.0.1 and runs the demo agent once for every connection
 * that authenticates.
 *
 * <p>Usage: {@code Main [PORT [USER...]]} — port 8765 and users alice and bob by default. The
 * tokens are signed with a secret made at start-up; the auth message for each user is printed.
 */
public final class Main {

  static final int DEFAULT_PORT = 8765;
  static final int MAX_CONNECTIONS_PER_USER = 3;

  private Main() {}

  public static void main(String[] args) throws InterruptedException {
    int port;
    try {
      port = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_PORT;
    } catch (NumberFormatException e) {
      System.err.println("usage: Main [PORT [USER...]]  (port must be a number, got '" + args[0] + "')");
      System.exit(2);
      return;
    }
    List<String> users = args.length > 1 ? Arrays.asList(args).subList(1, args.length) : List.of("alice", "bob");
    for (String user : users) {
      if (!user.matches("[A-Za-z0-9._-]{1,64}")) {
        System.err.println("usage: Main [PORT [USER...]]  (user ids are 1-64 of A-Z a-z 0-9 . _ -, got '" + user + "')");
        System.exit(2);
        return;
      }
    }

    WebSocketManagerProtocol manager =
        WebSocketManagers.create(WebSocketManagerMode.REJECT_NEW, MAX_CONNECTIONS_PER_USER);
    HmacTokens tokens = HmacTokens.withRandomSecret();
    DemoAgent agent = new DemoAgent(manager, Clock.systemUTC(), Duration.ofMillis(400));
    ExecutorService runs = Executors.newCachedThreadPool(task -> {
      Thread thread = new Thread(task, "demo-agent");
      thread.setDaemon(true);
      return thread;
    });
    AtomicInteger runIds = new AtomicInteger();
    ConnectionListener runAgentOnConnect = new ConnectionListener() {
      @Override
      public void onAuthenticated(WebSocketConnection connection) {
        String runId = "run-" + runIds.incrementAndGet();
        System.out.println(connection.userId() + " connected (" + connection.id() + "), starting " + runId);
        runs.execute(() -> {
          try {
            agent.run(connection.userId(), runId);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
      }

      @Override
      public void onDisconnected(WebSocketConnection connection) {
        System.out.println(connection.userId() + " disconnected (" + connection.id() + ")");
      }
    };

    AgentEventServer server = new AgentEventServer(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), port), manager, tokens, runAgentOnConnect);
    server.start();
    int bound;
    try {
      bound = server.awaitStart(Duration.ofSeconds(10));
    } catch (IllegalStateException e) {
      System.err.println(e.getMessage());
      server.close();
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.close();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      runs.shutdownNow();
    }, "shutdown"));

    System.out.println("Agent events on ws://127.0.0.1:" + bound
        + " (at most " + MAX_CONNECTIONS_PER_USER + " connections per user). Ctrl-C stops.");
    System.out.println("Authenticate with one of these as the first message:");
    for (String user : users) {
      System.out.println("  {\"type\":\"auth\",\"userId\":\"" + user + "\",\"token\":\"" + tokens.issue(user) + "\"}");
    }
  }
}
