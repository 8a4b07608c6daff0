package com.marqasouq.kit.cli;
public class KitCommand { public static void main(String[] a) {} }
