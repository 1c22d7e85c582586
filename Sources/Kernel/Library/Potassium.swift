extension ChannelLibrary {
    /// Voltage-gated potassium currents.
    static let potassium = """
        # Hodgkin & Huxley (1952), J. Physiol. 117:500: the delayed rectifier, I = g_max·n⁴·(V − E).
        channel IK_HH1952 {
          ion K
          param g_max = 36 mS/cm^2, E = -77 mV
          alpha_n = 0.01/mV * (V + 55 mV) / (1 - exp(-(V + 55 mV) / (10 mV))) / ms
          beta_n  = 0.125 * exp(-(V + 65 mV) / (80 mV)) / ms
          var n = alpha_n / (alpha_n + beta_n)
          dn/dt = alpha_n*(1 - n) - beta_n*n
          current = g_max*n^4*(V - E)
        }

        # Traub & Miles (1991): the delayed rectifier, I = g_max·n⁴·(V − E).
        channel IK_TM1991 {
          ion K
          param g_max = 10 mS/cm^2, E = -90 mV, V_sh = -60 mV, phi = 1
          alpha_n = phi * 0.032/mV * (V - V_sh - 15 mV) / (1 - exp(-(V - V_sh - 15 mV) / (5 mV))) / ms
          beta_n  = phi * 0.5 * exp(-(V - V_sh - 10 mV) / (40 mV)) / ms
          var n = alpha_n / (alpha_n + beta_n)
          dn/dt = alpha_n*(1 - n) - beta_n*n
          current = g_max*n^4*(V - E)
        }

        # Bazhenov et al. (2002), J. Neurosci. 22:8691: the delayed rectifier of their cortical cells.
        channel IKDR_Ba2002 {
          ion K
          param g_max = 10 mS/cm^2, E = -90 mV, V_sh = -50 mV, phi = 1
          alpha_n = phi * 0.032/mV * (V - V_sh - 15 mV) / (1 - exp(-(V - V_sh - 15 mV) / (5 mV))) / ms
          beta_n  = phi * 0.5 * exp(-(V - V_sh - 10 mV) / (40 mV)) / ms
          var n = alpha_n / (alpha_n + beta_n)
          dn/dt = alpha_n*(1 - n) - beta_n*n
          current = g_max*n^4*(V - E)
        }

        # Huguenard & McCormick (1992), J. Neurophysiol. 68:1373: the A-current of thalamic relay
        # cells, first component, I = g_max·p⁴·q·(V − E).
        channel IKA1_HM1992 {
          ion K
          param g_max = 30 mS/cm^2, E = -90 mV, V_sh = 0 mV, phi_p = 1, phi_q = 1
          p_inf = 1 / (1 + exp(-(V - V_sh + 60 mV) / (8.5 mV)))
          tau_p = (1 / (exp((V - V_sh + 35.8 mV) / (19.7 mV)) + exp(-(V - V_sh + 79.7 mV) / (12.7 mV))) + 0.37) * ms / phi_p
          q_inf = 1 / (1 + exp((V - V_sh + 78 mV) / (6 mV)))
          below = heaviside((V_sh - 63 mV - V) / mV)
          tau_q = (below / (exp((V - V_sh + 46 mV) / (5 mV)) + exp(-(V - V_sh + 238 mV) / (37.5 mV))) + (1 - below) * 19) * ms / phi_q
          var p = p_inf, q = q_inf
          dp/dt = (p_inf - p) / tau_p
          dq/dt = (q_inf - q) / tau_q
          current = g_max*p^4*q*(V - E)
        }

        # Huguenard & McCormick (1992): the A-current, second component.
        channel IKA2_HM1992 {
          ion K
          param g_max = 20 mS/cm^2, E = -90 mV, V_sh = 0 mV, phi_p = 1, phi_q = 1
          p_inf = 1 / (1 + exp(-(V - V_sh + 36 mV) / (20 mV)))
          tau_p = (1 / (exp((V - V_sh + 35.8 mV) / (19.7 mV)) + exp(-(V - V_sh + 79.7 mV) / (12.7 mV))) + 0.37) * ms / phi_p
          q_inf = 1 / (1 + exp((V - V_sh + 78 mV) / (6 mV)))
          below = heaviside((V_sh - 73 mV - V) / mV)
          tau_q = (below / (exp((V - V_sh + 46 mV) / (5 mV)) + exp(-(V - V_sh + 238 mV) / (37.5 mV))) + (1 - below) * 60) * ms / phi_q
          var p = p_inf, q = q_inf
          dp/dt = (p_inf - p) / tau_p
          dq/dt = (q_inf - q) / tau_q
          current = g_max*p^4*q*(V - E)
        }

        # Huguenard & McCormick (1992): the slowly inactivating K2 current, I = g_max·p·q·(V − E),
        # with the slow (K2A) and the faster (K2B) inactivation.
        channel IK2A_HM1992 {
          ion K
          param g_max = 10 mS/cm^2, E = -90 mV, V_sh = 0 mV, phi_p = 1, phi_q = 1
          p_inf = 1 / (1 + exp(-(V - V_sh + 43 mV) / (17 mV)))
          tau_p = (1 / (exp((V - V_sh - 81 mV) / (25.6 mV)) + exp(-(V - V_sh + 132 mV) / (18 mV))) + 9.9) * ms / phi_p
          q_inf = 1 / (1 + exp((V - V_sh + 58 mV) / (10.6 mV)))
          tau_q = (1 / (exp((V - V_sh - 1329 mV) / (200 mV)) + exp(-(V - V_sh + 130 mV) / (7.1 mV))) + 120) * ms / phi_q
          var p = p_inf, q = q_inf
          dp/dt = (p_inf - p) / tau_p
          dq/dt = (q_inf - q) / tau_q
          current = g_max*p*q*(V - E)
        }

        channel IK2B_HM1992 {
          ion K
          param g_max = 10 mS/cm^2, E = -90 mV, V_sh = 0 mV, phi_p = 1, phi_q = 1
          p_inf = 1 / (1 + exp(-(V - V_sh + 43 mV) / (17 mV)))
          tau_p = (1 / (exp((V - V_sh - 81 mV) / (25.6 mV)) + exp(-(V - V_sh + 132 mV) / (18 mV))) + 9.9) * ms / phi_p
          q_inf = 1 / (1 + exp((V - V_sh + 58 mV) / (10.6 mV)))
          below = heaviside((V_sh - 70 mV - V) / mV)
          tau_q = (below * (1 / (exp((V - V_sh - 1329 mV) / (200 mV)) + exp(-(V - V_sh + 130 mV) / (7.1 mV))) + 120) + (1 - below) * 8.9) * ms / phi_q
          var p = p_inf, q = q_inf
          dp/dt = (p_inf - p) / tau_p
          dq/dt = (q_inf - q) / tau_q
          current = g_max*p*q*(V - E)
        }

        # Yamada, Koch & Adams (1989), in Methods in Neuronal Modeling: the slow non-inactivating
        # potassium current (M-like), I = g_max·p·(V − E).
        channel IKNI_Ya1989 {
          ion K
          param g_max = 0.004 mS/cm^2, E = -90 mV, V_sh = 0 mV, tau_max = 4000 ms, phi_p = 1
          p_inf = 1 / (1 + exp(-(V - V_sh + 35 mV) / (10 mV)))
          tau_p = tau_max / (3.3 * exp((V - V_sh + 35 mV) / (20 mV)) + exp(-(V - V_sh + 35 mV) / (20 mV))) / phi_p
          var p = p_inf
          dp/dt = (p_inf - p) / tau_p
          current = g_max*p*(V - E)
        }
        """
}
