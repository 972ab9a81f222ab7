package com.acme.ws;

import java.util.List;
import java.util.Map;
import com.acme.ws.protocol.*;
import static com.acme.ws.Events.AGENT_STARTED;
import static java.util.Objects.*;

/** Javadoc mentions {@link com.acme.hidden.Ghost}, which is not a reference. */
@Deprecated
public class Sample extends BaseSample implements Protocol, Comparable<Sample> {
  private static final long serialVersionUID = 1L;
  private final Delegate delegate;
  List<Map.Entry<String, Event>> entries;

  public Sample(Delegate delegate) {
    super(delegate);
  }

  Sample() {
    this(null);
  }

  public void send(String user, Event event) {
    delegate.send(user, event);
  }

  public int size() {
    return this.delegate.size();
  }

  public void broadcast(Event event) {
    for (String user : delegate.users()) {
      delegate.send(user, event);
    }
  }

  public String name() {
    return com.acme.ws.util.Names.of(this);
  }

  abstract static class Inner implements Runnable {
    enum Mode { ISOLATED, SHARED }

    abstract void go(int... values);
  }

  record Point(int x, int y) {}

  @Override
  public int compareTo(Sample other) {
    return Helper.compare(this, other);
  }
}

interface Delegate {
  void send(String user, Event event);

  int size();

  Iterable<String> users();
}
