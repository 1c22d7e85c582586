extension ChannelLibrary {
    /// Transient sodium currents, I = g_max·m³·h·(V − E).
    static let sodium = """
        # Hodgkin & Huxley (1952), J. Physiol. 117:500, in the modern convention (rest near -65 mV).
        channel INa_HH1952 {
          ion Na
          param g_max = 120 mS/cm^2, E = 50 mV
          alpha_m = 0.1/mV * (V + 40 mV) / (1 - exp(-(V + 40 mV) / (10 mV))) / ms
          beta_m  = 4 * exp(-(V + 65 mV) / (18 mV)) / ms
          alpha_h = 0.07 * exp(-(V + 65 mV) / (20 mV)) / ms
          beta_h  = 1 / (1 + exp(-(V + 35 mV) / (10 mV))) / ms
          var m = alpha_m / (alpha_m + beta_m)
          var h = alpha_h / (alpha_h + beta_h)
          dm/dt = alpha_m*(1 - m) - beta_m*m
          dh/dt = alpha_h*(1 - h) - beta_h*h
          current = g_max*m^3*h*(V - E)
        }

        # Traub & Miles (1991), Neuronal Networks of the Hippocampus; V_sh shifts the rate curves.
        channel INa_TM1991 {
          ion Na
          param g_max = 120 mS/cm^2, E = 50 mV, V_sh = -63 mV, phi = 1
          alpha_m = phi * 0.32/mV * (V - V_sh - 13 mV) / (1 - exp(-(V - V_sh - 13 mV) / (4 mV))) / ms
          beta_m  = phi * 0.28/mV * (V - V_sh - 40 mV) / (exp((V - V_sh - 40 mV) / (5 mV)) - 1) / ms
          alpha_h = phi * 0.128 * exp(-(V - V_sh - 17 mV) / (18 mV)) / ms
          beta_h  = phi * 4 / (1 + exp(-(V - V_sh - 40 mV) / (5 mV))) / ms
          var m = alpha_m / (alpha_m + beta_m)
          var h = alpha_h / (alpha_h + beta_h)
          dm/dt = alpha_m*(1 - m) - beta_m*m
          dh/dt = alpha_h*(1 - h) - beta_h*h
          current = g_max*m^3*h*(V - E)
        }

        # Bazhenov, Timofeev, Steriade & Sejnowski (2002), J. Neurosci. 22:8691: the Traub–Miles
        # kinetics shifted by V_sh = -50 mV, at 36 °C (phi = 3^((T - 36 °C)/10 °C) = 1).
        channel INa_Ba2002 {
          ion Na
          param g_max = 90 mS/cm^2, E = 50 mV, V_sh = -50 mV, phi = 1
          alpha_m = phi * 0.32/mV * (V - V_sh - 13 mV) / (1 - exp(-(V - V_sh - 13 mV) / (4 mV))) / ms
          beta_m  = phi * 0.28/mV * (V - V_sh - 40 mV) / (exp((V - V_sh - 40 mV) / (5 mV)) - 1) / ms
          alpha_h = phi * 0.128 * exp(-(V - V_sh - 17 mV) / (18 mV)) / ms
          beta_h  = phi * 4 / (1 + exp(-(V - V_sh - 40 mV) / (5 mV))) / ms
          var m = alpha_m / (alpha_m + beta_m)
          var h = alpha_h / (alpha_h + beta_h)
          dm/dt = alpha_m*(1 - m) - beta_m*m
          dh/dt = alpha_h*(1 - h) - beta_h*h
          current = g_max*m^3*h*(V - E)
        }
        """
}
