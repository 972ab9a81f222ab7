package com.acme.mail;

public class MailSender {
  public void mail(String to, String body) {
    System.out.println(to + body);
  }
}
