package com.acme.ui;

import javax.swing.JPanel;

public class Gadget extends JPanel {
  public void press() {}
}
