package a;

public class A { // expect: import-cycle
}
