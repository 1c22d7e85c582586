public enum Kernel {}
