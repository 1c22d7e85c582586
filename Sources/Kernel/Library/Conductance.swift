extension NeuronLibrary {
    /// Conductance-based neurons, per unit membrane area: V in mV, currents in uA/cm^2.
    static let conductance = """
        # Hodgkin & Huxley (1952), J. Physiol. 117:500, in the modern convention (rest near -65 mV).
        neuron HH {
          param C = 1 uF/cm^2, g_Na = 120 mS/cm^2, g_K = 36 mS/cm^2, g_L = 0.3 mS/cm^2
          param E_Na = 50 mV, E_K = -77 mV, E_L = -54.387 mV, V_th = 0 mV
          input I = 0 uA/cm^2
          alpha_m = 0.1/mV * (V + 40 mV) / (1 - exp(-(V + 40 mV) / (10 mV))) / ms
          beta_m  = 4 * exp(-(V + 65 mV) / (18 mV)) / ms
          alpha_h = 0.07 * exp(-(V + 65 mV) / (20 mV)) / ms
          beta_h  = 1 / (1 + exp(-(V + 35 mV) / (10 mV))) / ms
          alpha_n = 0.01/mV * (V + 55 mV) / (1 - exp(-(V + 55 mV) / (10 mV))) / ms
          beta_n  = 0.125 * exp(-(V + 65 mV) / (80 mV)) / ms
          var V = -65 mV
          var m = alpha_m / (alpha_m + beta_m), h = alpha_h / (alpha_h + beta_h), n = alpha_n / (alpha_n + beta_n)
          dV/dt = (I - g_Na*m^3*h*(V - E_Na) - g_K*n^4*(V - E_K) - g_L*(V - E_L)) / C
          dm/dt = alpha_m*(1 - m) - beta_m*m
          dh/dt = alpha_h*(1 - h) - beta_h*h
          dn/dt = alpha_n*(1 - n) - beta_n*n
          spike V > V_th
        }

        # Morris & Lecar (1981), Biophys. J. 35:193, with the class-II (Hopf) parameters of
        # Rinzel & Ermentrout (1989), in Methods in Neuronal Modeling.
        neuron MorrisLecar {
          param C = 20 uF/cm^2, g_Ca = 4.4 mS/cm^2, g_K = 8 mS/cm^2, g_L = 2 mS/cm^2
          param E_Ca = 130 mV, E_K = -84 mV, E_L = -60 mV
          param V1 = -1.2 mV, V2 = 18 mV, V3 = 2 mV, V4 = 30 mV, phi = 0.04 / ms, V_th = 10 mV
          input I = 0 uA/cm^2
          m_inf = 0.5 * (1 + tanh((V - V1) / V2))
          w_inf = 0.5 * (1 + tanh((V - V3) / V4))
          tau_w = 1 / cosh((V - V3) / (2 * V4))
          var V = -60 mV, w = w_inf
          dV/dt = (I - g_Ca*m_inf*(V - E_Ca) - g_K*w*(V - E_K) - g_L*(V - E_L)) / C
          dw/dt = phi * (w_inf - w) / tau_w
          spike V > V_th
        }

        # Wang & Buzsáki (1996), J. Neurosci. 16:6402: the fast-spiking hippocampal interneuron,
        # sodium activation at its steady state.
        neuron WangBuzsaki {
          param C = 1 uF/cm^2, g_Na = 35 mS/cm^2, g_K = 9 mS/cm^2, g_L = 0.1 mS/cm^2
          param E_Na = 55 mV, E_K = -90 mV, E_L = -65 mV, phi = 5, V_th = 0 mV
          input I = 0 uA/cm^2
          alpha_m = 0.1/mV * (V + 35 mV) / (1 - exp(-(V + 35 mV) / (10 mV))) / ms
          beta_m  = 4 * exp(-(V + 60 mV) / (18 mV)) / ms
          alpha_h = 0.07 * exp(-(V + 58 mV) / (20 mV)) / ms
          beta_h  = 1 / (1 + exp(-(V + 28 mV) / (10 mV))) / ms
          alpha_n = 0.01/mV * (V + 34 mV) / (1 - exp(-(V + 34 mV) / (10 mV))) / ms
          beta_n  = 0.125 * exp(-(V + 44 mV) / (80 mV)) / ms
          m_inf = alpha_m / (alpha_m + beta_m)
          var V = -65 mV, h = alpha_h / (alpha_h + beta_h), n = alpha_n / (alpha_n + beta_n)
          dV/dt = (I - g_Na*m_inf^3*h*(V - E_Na) - g_K*n^4*(V - E_K) - g_L*(V - E_L)) / C
          dh/dt = phi * (alpha_h*(1 - h) - beta_h*h)
          dn/dt = phi * (alpha_n*(1 - n) - beta_n*n)
          spike V > V_th
        }

        # Hindmarsh & Rose (1984), Proc. R. Soc. Lond. B 221:87: bursting, dimensionless x, y, z
        # on a clock of ms (BrainPy's parameters: r = 0.01, s = 4, x_R = -1.6).
        neuron HindmarshRose {
          param a = 1, b = 3, c = 1, d = 5, r = 0.01, s = 4, x_R = -1.6, V_th = 1
          input I = 0
          var x = -1.6, y = -10, z = 0
          dx/dt = (y - a*x^3 + b*x^2 - z + I) / (1 ms)
          dy/dt = (c - d*x^2 - y) / (1 ms)
          dz/dt = r*(s*(x - x_R) - z) / (1 ms)
          spike x > V_th
        }

        # FitzHugh (1961), Biophys. J. 1:445; Nagumo, Arimoto & Yoshizawa (1962), Proc. IRE 50:2061.
        neuron FHN {
          param a = 0.7, b = 0.8, tau = 12.5 ms, V_th = 1.8
          input I = 0
          var V = -1.2, w = -0.6
          dV/dt = (V - V^3/3 - w + I) / (1 ms)
          dw/dt = (V + a - b*w) / tau
          spike V > V_th
        }
        """
}
