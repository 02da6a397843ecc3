/* Generated from libdayone/default-policy.yaml by
 * scripts/default_policy_tree_gen.c. Do not edit: regenerate with
 *   cmake --build --preset dev --target default-policy-tree
 * (ctest packaging.default_policy_tree_fresh says when it is stale; a
 * stale tree is never used: see default_policy_tree.h). */
#include <stddef.h>
#include "default_policy_tree.h"

static dy_ynode n0 = {DY_Y_SCALAR, {8, 1}, (char *)"version", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n1 = {DY_Y_SCALAR, {8, 10}, (char *)"1", 1, 1, NULL, NULL, 0, 0};
static dy_ynode n2 = {DY_Y_SCALAR, {13, 1}, (char *)"flags", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n3 = {DY_Y_SCALAR, {14, 3}, (char *)"launch_mode", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n4 = {DY_Y_SCALAR, {15, 5}, (char *)"env", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n5 = {DY_Y_SCALAR, {15, 10}, (char *)"LAUNCH_MODE", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n6 = {DY_Y_SCALAR, {16, 5}, (char *)"default", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n7 = {DY_Y_SCALAR, {16, 14}, (char *)"false", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n8 = {DY_Y_SCALAR, {17, 5}, (char *)"description", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n9 = {DY_Y_SCALAR, {17, 18}, (char *)"Production launch posture: no demo behaviour, strict billing.", 61, 0, NULL, NULL, 0, 0};
static dy_ynode *k10[] = {&n4, &n6, &n8};
static dy_ynode *v10[] = {&n5, &n7, &n9};
static dy_ynode n10 = {DY_Y_MAP, {15, 5}, NULL, 0, 0, k10, v10, 3, 3};
static dy_ynode n11 = {DY_Y_SCALAR, {18, 3}, (char *)"billing", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n12 = {DY_Y_SCALAR, {19, 5}, (char *)"env", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n13 = {DY_Y_SCALAR, {19, 10}, (char *)"BILLING_ENABLED", 15, 1, NULL, NULL, 0, 0};
static dy_ynode n14 = {DY_Y_SCALAR, {20, 5}, (char *)"default", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n15 = {DY_Y_SCALAR, {20, 14}, (char *)"false", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n16 = {DY_Y_SCALAR, {21, 5}, (char *)"description", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n17 = {DY_Y_SCALAR, {21, 18}, (char *)"Stripe billing is on: Stripe secrets become required.", 53, 0, NULL, NULL, 0, 0};
static dy_ynode *k18[] = {&n12, &n14, &n16};
static dy_ynode *v18[] = {&n13, &n15, &n17};
static dy_ynode n18 = {DY_Y_MAP, {19, 5}, NULL, 0, 0, k18, v18, 3, 3};
static dy_ynode n19 = {DY_Y_SCALAR, {22, 3}, (char *)"zero_trust", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n20 = {DY_Y_SCALAR, {23, 5}, (char *)"env", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n21 = {DY_Y_SCALAR, {23, 10}, (char *)"ZERO_TRUST_ENABLED", 18, 1, NULL, NULL, 0, 0};
static dy_ynode n22 = {DY_Y_SCALAR, {24, 5}, (char *)"default", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n23 = {DY_Y_SCALAR, {24, 14}, (char *)"false", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n24 = {DY_Y_SCALAR, {25, 5}, (char *)"description", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n25 = {DY_Y_SCALAR, {25, 18}, (char *)"Zero Trust mode: its API key becomes required.", 46, 0, NULL, NULL, 0, 0};
static dy_ynode *k26[] = {&n20, &n22, &n24};
static dy_ynode *v26[] = {&n21, &n23, &n25};
static dy_ynode n26 = {DY_Y_MAP, {23, 5}, NULL, 0, 0, k26, v26, 3, 3};
static dy_ynode n27 = {DY_Y_SCALAR, {26, 3}, (char *)"sso", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n28 = {DY_Y_SCALAR, {27, 5}, (char *)"env", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n29 = {DY_Y_SCALAR, {27, 10}, (char *)"SSO_ENABLED", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n30 = {DY_Y_SCALAR, {28, 5}, (char *)"default", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n31 = {DY_Y_SCALAR, {28, 14}, (char *)"false", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n32 = {DY_Y_SCALAR, {29, 5}, (char *)"description", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n33 = {DY_Y_SCALAR, {29, 18}, (char *)"Single sign-on: the secrets of SSO_PROTOCOL (oidc or saml) become requir"
    "ed.", 75, 0, NULL, NULL, 0, 0};
static dy_ynode *k34[] = {&n28, &n30, &n32};
static dy_ynode *v34[] = {&n29, &n31, &n33};
static dy_ynode n34 = {DY_Y_MAP, {27, 5}, NULL, 0, 0, k34, v34, 3, 3};
static dy_ynode n35 = {DY_Y_SCALAR, {30, 3}, (char *)"security_headers", 16, 1, NULL, NULL, 0, 0};
static dy_ynode n36 = {DY_Y_SCALAR, {31, 5}, (char *)"env", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n37 = {DY_Y_SCALAR, {31, 10}, (char *)"SECURITY_HEADERS_ENABLED", 24, 1, NULL, NULL, 0, 0};
static dy_ynode n38 = {DY_Y_SCALAR, {32, 5}, (char *)"default", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n39 = {DY_Y_SCALAR, {32, 14}, (char *)"false", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n40 = {DY_Y_SCALAR, {33, 5}, (char *)"description", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n41 = {DY_Y_SCALAR, {33, 18}, (char *)"HTTP security headers (HSTS, CSP, ...).", 39, 0, NULL, NULL, 0, 0};
static dy_ynode *k42[] = {&n36, &n38, &n40};
static dy_ynode *v42[] = {&n37, &n39, &n41};
static dy_ynode n42 = {DY_Y_MAP, {31, 5}, NULL, 0, 0, k42, v42, 3, 3};
static dy_ynode n43 = {DY_Y_SCALAR, {34, 3}, (char *)"demo_seed", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n44 = {DY_Y_SCALAR, {35, 5}, (char *)"env", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n45 = {DY_Y_SCALAR, {35, 10}, (char *)"DEMO_SEED_ENABLED", 17, 1, NULL, NULL, 0, 0};
static dy_ynode n46 = {DY_Y_SCALAR, {36, 5}, (char *)"default", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n47 = {DY_Y_SCALAR, {36, 14}, (char *)"false", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n48 = {DY_Y_SCALAR, {37, 5}, (char *)"description", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n49 = {DY_Y_SCALAR, {37, 18}, (char *)"Seeds demo tenants at start-up. Never in launch mode.", 53, 0, NULL, NULL, 0, 0};
static dy_ynode *k50[] = {&n44, &n46, &n48};
static dy_ynode *v50[] = {&n45, &n47, &n49};
static dy_ynode n50 = {DY_Y_MAP, {35, 5}, NULL, 0, 0, k50, v50, 3, 3};
static dy_ynode n51 = {DY_Y_SCALAR, {38, 3}, (char *)"demo_data", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n52 = {DY_Y_SCALAR, {39, 5}, (char *)"env", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n53 = {DY_Y_SCALAR, {39, 10}, (char *)"DEMO_DATA_ENABLED", 17, 1, NULL, NULL, 0, 0};
static dy_ynode n54 = {DY_Y_SCALAR, {40, 5}, (char *)"default", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n55 = {DY_Y_SCALAR, {40, 14}, (char *)"false", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n56 = {DY_Y_SCALAR, {41, 5}, (char *)"description", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n57 = {DY_Y_SCALAR, {41, 18}, (char *)"Includes demo data in responses. Never in launch mode.", 54, 0, NULL, NULL, 0, 0};
static dy_ynode *k58[] = {&n52, &n54, &n56};
static dy_ynode *v58[] = {&n53, &n55, &n57};
static dy_ynode n58 = {DY_Y_MAP, {39, 5}, NULL, 0, 0, k58, v58, 3, 3};
static dy_ynode *k59[] = {&n3, &n11, &n19, &n27, &n35, &n43, &n51};
static dy_ynode *v59[] = {&n10, &n18, &n26, &n34, &n42, &n50, &n58};
static dy_ynode n59 = {DY_Y_MAP, {14, 3}, NULL, 0, 0, k59, v59, 7, 7};
static dy_ynode n60 = {DY_Y_SCALAR, {51, 1}, (char *)"environment", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n61 = {DY_Y_SCALAR, {52, 3}, (char *)"env", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n62 = {DY_Y_SCALAR, {52, 8}, (char *)"ENVIRONMENT", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n63 = {DY_Y_SCALAR, {53, 3}, (char *)"values", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n64 = {DY_Y_SCALAR, {53, 12}, (char *)"production", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n65 = {DY_Y_SCALAR, {53, 24}, (char *)"staging", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n66 = {DY_Y_SCALAR, {53, 33}, (char *)"development", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n67 = {DY_Y_SCALAR, {53, 46}, (char *)"test", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n68 = {DY_Y_SCALAR, {53, 52}, (char *)"preview", 7, 1, NULL, NULL, 0, 0};
static dy_ynode *v69[] = {&n64, &n65, &n66, &n67, &n68};
static dy_ynode n69 = {DY_Y_SEQ, {53, 11}, NULL, 0, 0, NULL, v69, 5, 5};
static dy_ynode n70 = {DY_Y_SCALAR, {54, 3}, (char *)"production", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n71 = {DY_Y_SCALAR, {54, 15}, (char *)"production", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n72 = {DY_Y_SCALAR, {55, 3}, (char *)"production_like", 15, 1, NULL, NULL, 0, 0};
static dy_ynode n73 = {DY_Y_SCALAR, {55, 21}, (char *)"prod", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n74 = {DY_Y_SCALAR, {55, 27}, (char *)"prd", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n75 = {DY_Y_SCALAR, {55, 32}, (char *)"live", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n76 = {DY_Y_SCALAR, {55, 38}, (char *)"prod-*", 6, 0, NULL, NULL, 0, 0};
static dy_ynode *v77[] = {&n73, &n74, &n75, &n76};
static dy_ynode n77 = {DY_Y_SEQ, {55, 20}, NULL, 0, 0, NULL, v77, 4, 4};
static dy_ynode n78 = {DY_Y_SCALAR, {56, 3}, (char *)"launch_flag", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n79 = {DY_Y_SCALAR, {56, 16}, (char *)"launch_mode", 11, 1, NULL, NULL, 0, 0};
static dy_ynode *k80[] = {&n61, &n63, &n70, &n72, &n78};
static dy_ynode *v80[] = {&n62, &n69, &n71, &n77, &n79};
static dy_ynode n80 = {DY_Y_MAP, {52, 3}, NULL, 0, 0, k80, v80, 5, 5};
static dy_ynode n81 = {DY_Y_SCALAR, {59, 1}, (char *)"posture", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n82 = {DY_Y_SCALAR, {60, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n83 = {DY_Y_SCALAR, {60, 9}, (char *)"production-requires-launch-mode", 31, 1, NULL, NULL, 0, 0};
static dy_ynode n84 = {DY_Y_SCALAR, {61, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n85 = {DY_Y_SCALAR, {61, 10}, (char *)"LAUNCH_MODE", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n86 = {DY_Y_SCALAR, {62, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n87 = {DY_Y_SCALAR, {62, 12}, (char *)"var", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n88 = {DY_Y_SCALAR, {62, 17}, (char *)"ENVIRONMENT", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n89 = {DY_Y_SCALAR, {62, 30}, (char *)"equals", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n90 = {DY_Y_SCALAR, {62, 38}, (char *)"production", 10, 1, NULL, NULL, 0, 0};
static dy_ynode *k91[] = {&n87, &n89};
static dy_ynode *v91[] = {&n88, &n90};
static dy_ynode n91 = {DY_Y_MAP, {62, 11}, NULL, 0, 0, k91, v91, 2, 2};
static dy_ynode n92 = {DY_Y_SCALAR, {63, 5}, (char *)"is", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n93 = {DY_Y_SCALAR, {63, 9}, (char *)"true", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n94 = {DY_Y_SCALAR, {64, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n95 = {DY_Y_SCALAR, {64, 11}, (char *)"Set LAUNCH_MODE=true in production.", 35, 0, NULL, NULL, 0, 0};
static dy_ynode *k96[] = {&n82, &n84, &n86, &n92, &n94};
static dy_ynode *v96[] = {&n83, &n85, &n91, &n93, &n95};
static dy_ynode n96 = {DY_Y_MAP, {60, 5}, NULL, 0, 0, k96, v96, 5, 5};
static dy_ynode n97 = {DY_Y_SCALAR, {66, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n98 = {DY_Y_SCALAR, {66, 9}, (char *)"launch-requires-production", 26, 1, NULL, NULL, 0, 0};
static dy_ynode n99 = {DY_Y_SCALAR, {67, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n100 = {DY_Y_SCALAR, {67, 10}, (char *)"ENVIRONMENT", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n101 = {DY_Y_SCALAR, {68, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n102 = {DY_Y_SCALAR, {68, 12}, (char *)"flag", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n103 = {DY_Y_SCALAR, {68, 18}, (char *)"launch_mode", 11, 1, NULL, NULL, 0, 0};
static dy_ynode *k104[] = {&n102};
static dy_ynode *v104[] = {&n103};
static dy_ynode n104 = {DY_Y_MAP, {68, 11}, NULL, 0, 0, k104, v104, 1, 1};
static dy_ynode n105 = {DY_Y_SCALAR, {69, 5}, (char *)"equals", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n106 = {DY_Y_SCALAR, {69, 13}, (char *)"production", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n107 = {DY_Y_SCALAR, {70, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n108 = {DY_Y_SCALAR, {70, 11}, (char *)"Launch mode is for production: set ENVIRONMENT=production.", 58, 0, NULL, NULL, 0, 0};
static dy_ynode *k109[] = {&n97, &n99, &n101, &n105, &n107};
static dy_ynode *v109[] = {&n98, &n100, &n104, &n106, &n108};
static dy_ynode n109 = {DY_Y_MAP, {66, 5}, NULL, 0, 0, k109, v109, 5, 5};
static dy_ynode n110 = {DY_Y_SCALAR, {72, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n111 = {DY_Y_SCALAR, {72, 9}, (char *)"launch-requires-security-headers", 32, 1, NULL, NULL, 0, 0};
static dy_ynode n112 = {DY_Y_SCALAR, {73, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n113 = {DY_Y_SCALAR, {73, 10}, (char *)"SECURITY_HEADERS_ENABLED", 24, 1, NULL, NULL, 0, 0};
static dy_ynode n114 = {DY_Y_SCALAR, {74, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n115 = {DY_Y_SCALAR, {74, 12}, (char *)"flag", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n116 = {DY_Y_SCALAR, {74, 18}, (char *)"launch_mode", 11, 1, NULL, NULL, 0, 0};
static dy_ynode *k117[] = {&n115};
static dy_ynode *v117[] = {&n116};
static dy_ynode n117 = {DY_Y_MAP, {74, 11}, NULL, 0, 0, k117, v117, 1, 1};
static dy_ynode n118 = {DY_Y_SCALAR, {75, 5}, (char *)"is", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n119 = {DY_Y_SCALAR, {75, 9}, (char *)"true", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n120 = {DY_Y_SCALAR, {76, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n121 = {DY_Y_SCALAR, {76, 11}, (char *)"Set SECURITY_HEADERS_ENABLED=true before launch.", 48, 0, NULL, NULL, 0, 0};
static dy_ynode *k122[] = {&n110, &n112, &n114, &n118, &n120};
static dy_ynode *v122[] = {&n111, &n113, &n117, &n119, &n121};
static dy_ynode n122 = {DY_Y_MAP, {72, 5}, NULL, 0, 0, k122, v122, 5, 5};
static dy_ynode n123 = {DY_Y_SCALAR, {78, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n124 = {DY_Y_SCALAR, {78, 9}, (char *)"launch-disables-demo-seed", 25, 1, NULL, NULL, 0, 0};
static dy_ynode n125 = {DY_Y_SCALAR, {79, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n126 = {DY_Y_SCALAR, {79, 10}, (char *)"DEMO_SEED_ENABLED", 17, 1, NULL, NULL, 0, 0};
static dy_ynode n127 = {DY_Y_SCALAR, {80, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n128 = {DY_Y_SCALAR, {80, 12}, (char *)"flag", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n129 = {DY_Y_SCALAR, {80, 18}, (char *)"launch_mode", 11, 1, NULL, NULL, 0, 0};
static dy_ynode *k130[] = {&n128};
static dy_ynode *v130[] = {&n129};
static dy_ynode n130 = {DY_Y_MAP, {80, 11}, NULL, 0, 0, k130, v130, 1, 1};
static dy_ynode n131 = {DY_Y_SCALAR, {81, 5}, (char *)"is", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n132 = {DY_Y_SCALAR, {81, 9}, (char *)"false", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n133 = {DY_Y_SCALAR, {82, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n134 = {DY_Y_SCALAR, {82, 11}, (char *)"Unset DEMO_SEED_ENABLED (or set it to false) in launch mode.", 60, 0, NULL, NULL, 0, 0};
static dy_ynode *k135[] = {&n123, &n125, &n127, &n131, &n133};
static dy_ynode *v135[] = {&n124, &n126, &n130, &n132, &n134};
static dy_ynode n135 = {DY_Y_MAP, {78, 5}, NULL, 0, 0, k135, v135, 5, 5};
static dy_ynode n136 = {DY_Y_SCALAR, {84, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n137 = {DY_Y_SCALAR, {84, 9}, (char *)"launch-disables-demo-data", 25, 1, NULL, NULL, 0, 0};
static dy_ynode n138 = {DY_Y_SCALAR, {85, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n139 = {DY_Y_SCALAR, {85, 10}, (char *)"DEMO_DATA_ENABLED", 17, 1, NULL, NULL, 0, 0};
static dy_ynode n140 = {DY_Y_SCALAR, {86, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n141 = {DY_Y_SCALAR, {86, 12}, (char *)"flag", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n142 = {DY_Y_SCALAR, {86, 18}, (char *)"launch_mode", 11, 1, NULL, NULL, 0, 0};
static dy_ynode *k143[] = {&n141};
static dy_ynode *v143[] = {&n142};
static dy_ynode n143 = {DY_Y_MAP, {86, 11}, NULL, 0, 0, k143, v143, 1, 1};
static dy_ynode n144 = {DY_Y_SCALAR, {87, 5}, (char *)"is", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n145 = {DY_Y_SCALAR, {87, 9}, (char *)"false", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n146 = {DY_Y_SCALAR, {88, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n147 = {DY_Y_SCALAR, {88, 11}, (char *)"Unset DEMO_DATA_ENABLED (or set it to false) in launch mode.", 60, 0, NULL, NULL, 0, 0};
static dy_ynode *k148[] = {&n136, &n138, &n140, &n144, &n146};
static dy_ynode *v148[] = {&n137, &n139, &n143, &n145, &n147};
static dy_ynode n148 = {DY_Y_MAP, {84, 5}, NULL, 0, 0, k148, v148, 5, 5};
static dy_ynode n149 = {DY_Y_SCALAR, {90, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n150 = {DY_Y_SCALAR, {90, 9}, (char *)"launch-requires-strict-billing", 30, 1, NULL, NULL, 0, 0};
static dy_ynode n151 = {DY_Y_SCALAR, {91, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n152 = {DY_Y_SCALAR, {91, 10}, (char *)"BILLING_ENFORCEMENT", 19, 1, NULL, NULL, 0, 0};
static dy_ynode n153 = {DY_Y_SCALAR, {92, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n154 = {DY_Y_SCALAR, {92, 12}, (char *)"flag", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n155 = {DY_Y_SCALAR, {92, 18}, (char *)"launch_mode", 11, 1, NULL, NULL, 0, 0};
static dy_ynode *k156[] = {&n154};
static dy_ynode *v156[] = {&n155};
static dy_ynode n156 = {DY_Y_MAP, {92, 11}, NULL, 0, 0, k156, v156, 1, 1};
static dy_ynode n157 = {DY_Y_SCALAR, {93, 5}, (char *)"equals", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n158 = {DY_Y_SCALAR, {93, 13}, (char *)"strict", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n159 = {DY_Y_SCALAR, {94, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n160 = {DY_Y_SCALAR, {94, 11}, (char *)"Set BILLING_ENFORCEMENT=strict: hard limits and paywall gating.", 63, 0, NULL, NULL, 0, 0};
static dy_ynode *k161[] = {&n149, &n151, &n153, &n157, &n159};
static dy_ynode *v161[] = {&n150, &n152, &n156, &n158, &n160};
static dy_ynode n161 = {DY_Y_MAP, {90, 5}, NULL, 0, 0, k161, v161, 5, 5};
static dy_ynode n162 = {DY_Y_SCALAR, {96, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n163 = {DY_Y_SCALAR, {96, 9}, (char *)"billing-enforcement-valid", 25, 1, NULL, NULL, 0, 0};
static dy_ynode n164 = {DY_Y_SCALAR, {97, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n165 = {DY_Y_SCALAR, {97, 10}, (char *)"BILLING_ENFORCEMENT", 19, 1, NULL, NULL, 0, 0};
static dy_ynode n166 = {DY_Y_SCALAR, {98, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n167 = {DY_Y_SCALAR, {98, 13}, (char *)"enum", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n168 = {DY_Y_SCALAR, {99, 5}, (char *)"values", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n169 = {DY_Y_SCALAR, {99, 14}, (char *)"strict", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n170 = {DY_Y_SCALAR, {99, 22}, (char *)"soft", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n171 = {DY_Y_SCALAR, {99, 28}, (char *)"off", 3, 1, NULL, NULL, 0, 0};
static dy_ynode *v172[] = {&n169, &n170, &n171};
static dy_ynode n172 = {DY_Y_SEQ, {99, 13}, NULL, 0, 0, NULL, v172, 3, 3};
static dy_ynode n173 = {DY_Y_SCALAR, {100, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n174 = {DY_Y_SCALAR, {100, 11}, (char *)"BILLING_ENFORCEMENT is one of strict, soft, off.", 48, 0, NULL, NULL, 0, 0};
static dy_ynode *k175[] = {&n162, &n164, &n166, &n168, &n173};
static dy_ynode *v175[] = {&n163, &n165, &n167, &n172, &n174};
static dy_ynode n175 = {DY_Y_MAP, {96, 5}, NULL, 0, 0, k175, v175, 5, 5};
static dy_ynode n176 = {DY_Y_SCALAR, {102, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n177 = {DY_Y_SCALAR, {102, 9}, (char *)"sso-protocol-valid", 18, 1, NULL, NULL, 0, 0};
static dy_ynode n178 = {DY_Y_SCALAR, {103, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n179 = {DY_Y_SCALAR, {103, 10}, (char *)"SSO_PROTOCOL", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n180 = {DY_Y_SCALAR, {104, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n181 = {DY_Y_SCALAR, {104, 12}, (char *)"flag", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n182 = {DY_Y_SCALAR, {104, 18}, (char *)"sso", 3, 1, NULL, NULL, 0, 0};
static dy_ynode *k183[] = {&n181};
static dy_ynode *v183[] = {&n182};
static dy_ynode n183 = {DY_Y_MAP, {104, 11}, NULL, 0, 0, k183, v183, 1, 1};
static dy_ynode n184 = {DY_Y_SCALAR, {105, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n185 = {DY_Y_SCALAR, {105, 13}, (char *)"enum", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n186 = {DY_Y_SCALAR, {106, 5}, (char *)"values", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n187 = {DY_Y_SCALAR, {106, 14}, (char *)"oidc", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n188 = {DY_Y_SCALAR, {106, 20}, (char *)"saml", 4, 1, NULL, NULL, 0, 0};
static dy_ynode *v189[] = {&n187, &n188};
static dy_ynode n189 = {DY_Y_SEQ, {106, 13}, NULL, 0, 0, NULL, v189, 2, 2};
static dy_ynode n190 = {DY_Y_SCALAR, {107, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n191 = {DY_Y_SCALAR, {107, 11}, (char *)"Set SSO_PROTOCOL to oidc or saml (unset means oidc).", 52, 0, NULL, NULL, 0, 0};
static dy_ynode *k192[] = {&n176, &n178, &n180, &n184, &n186, &n190};
static dy_ynode *v192[] = {&n177, &n179, &n183, &n185, &n189, &n191};
static dy_ynode n192 = {DY_Y_MAP, {102, 5}, NULL, 0, 0, k192, v192, 6, 6};
static dy_ynode n193 = {DY_Y_SCALAR, {116, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n194 = {DY_Y_SCALAR, {116, 9}, (char *)"daily-backup-db-fresh", 21, 1, NULL, NULL, 0, 0};
static dy_ynode n195 = {DY_Y_SCALAR, {117, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n196 = {DY_Y_SCALAR, {117, 10}, (char *)"backup.db.last_success_at", 25, 1, NULL, NULL, 0, 0};
static dy_ynode n197 = {DY_Y_SCALAR, {118, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n198 = {DY_Y_SCALAR, {118, 16}, (char *)"daily", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *v199[] = {&n198};
static dy_ynode n199 = {DY_Y_SEQ, {118, 15}, NULL, 0, 0, NULL, v199, 1, 1};
static dy_ynode n200 = {DY_Y_SCALAR, {119, 5}, (char *)"max_age", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n201 = {DY_Y_SCALAR, {119, 14}, (char *)"26h", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n202 = {DY_Y_SCALAR, {120, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n203 = {DY_Y_SCALAR, {120, 11}, (char *)"The database backup must have succeeded within 26h: check the backup job"
    " and record its last success.", 101, 0, NULL, NULL, 0, 0};
static dy_ynode *k204[] = {&n193, &n195, &n197, &n200, &n202};
static dy_ynode *v204[] = {&n194, &n196, &n199, &n201, &n203};
static dy_ynode n204 = {DY_Y_MAP, {116, 5}, NULL, 0, 0, k204, v204, 5, 5};
static dy_ynode n205 = {DY_Y_SCALAR, {122, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n206 = {DY_Y_SCALAR, {122, 9}, (char *)"daily-backup-db-completed", 25, 1, NULL, NULL, 0, 0};
static dy_ynode n207 = {DY_Y_SCALAR, {123, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n208 = {DY_Y_SCALAR, {123, 10}, (char *)"backup.db.status", 16, 1, NULL, NULL, 0, 0};
static dy_ynode n209 = {DY_Y_SCALAR, {124, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n210 = {DY_Y_SCALAR, {124, 16}, (char *)"daily", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *v211[] = {&n210};
static dy_ynode n211 = {DY_Y_SEQ, {124, 15}, NULL, 0, 0, NULL, v211, 1, 1};
static dy_ynode n212 = {DY_Y_SCALAR, {125, 5}, (char *)"equals", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n213 = {DY_Y_SCALAR, {125, 13}, (char *)"completed", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n214 = {DY_Y_SCALAR, {126, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n215 = {DY_Y_SCALAR, {126, 11}, (char *)"The last database backup must report completed (not partially failed): c"
    "heck and rerun it.", 90, 0, NULL, NULL, 0, 0};
static dy_ynode *k216[] = {&n205, &n207, &n209, &n212, &n214};
static dy_ynode *v216[] = {&n206, &n208, &n211, &n213, &n215};
static dy_ynode n216 = {DY_Y_MAP, {122, 5}, NULL, 0, 0, k216, v216, 5, 5};
static dy_ynode n217 = {DY_Y_SCALAR, {128, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n218 = {DY_Y_SCALAR, {128, 9}, (char *)"daily-backup-db-retention", 25, 1, NULL, NULL, 0, 0};
static dy_ynode n219 = {DY_Y_SCALAR, {129, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n220 = {DY_Y_SCALAR, {129, 10}, (char *)"backup.db.retention_days", 24, 1, NULL, NULL, 0, 0};
static dy_ynode n221 = {DY_Y_SCALAR, {130, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n222 = {DY_Y_SCALAR, {130, 16}, (char *)"daily", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *v223[] = {&n222};
static dy_ynode n223 = {DY_Y_SEQ, {130, 15}, NULL, 0, 0, NULL, v223, 1, 1};
static dy_ynode n224 = {DY_Y_SCALAR, {131, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n225 = {DY_Y_SCALAR, {131, 13}, (char *)"number", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n226 = {DY_Y_SCALAR, {132, 5}, (char *)"min", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n227 = {DY_Y_SCALAR, {132, 10}, (char *)"35", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n228 = {DY_Y_SCALAR, {133, 5}, (char *)"severity", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n229 = {DY_Y_SCALAR, {133, 15}, (char *)"warning", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n230 = {DY_Y_SCALAR, {134, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n231 = {DY_Y_SCALAR, {134, 11}, (char *)"Keep database backups for at least 35 days.", 43, 0, NULL, NULL, 0, 0};
static dy_ynode *k232[] = {&n217, &n219, &n221, &n224, &n226, &n228, &n230};
static dy_ynode *v232[] = {&n218, &n220, &n223, &n225, &n227, &n229, &n231};
static dy_ynode n232 = {DY_Y_MAP, {128, 5}, NULL, 0, 0, k232, v232, 7, 7};
static dy_ynode n233 = {DY_Y_SCALAR, {136, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n234 = {DY_Y_SCALAR, {136, 9}, (char *)"daily-backup-objects-fresh", 26, 1, NULL, NULL, 0, 0};
static dy_ynode n235 = {DY_Y_SCALAR, {137, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n236 = {DY_Y_SCALAR, {137, 10}, (char *)"backup.object_storage.last_success_at", 37, 1, NULL, NULL, 0, 0};
static dy_ynode n237 = {DY_Y_SCALAR, {138, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n238 = {DY_Y_SCALAR, {138, 16}, (char *)"daily", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *v239[] = {&n238};
static dy_ynode n239 = {DY_Y_SEQ, {138, 15}, NULL, 0, 0, NULL, v239, 1, 1};
static dy_ynode n240 = {DY_Y_SCALAR, {139, 5}, (char *)"max_age", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n241 = {DY_Y_SCALAR, {139, 14}, (char *)"26h", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n242 = {DY_Y_SCALAR, {140, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n243 = {DY_Y_SCALAR, {140, 11}, (char *)"The object storage backup must have succeeded within 26h: check the back"
    "up job and record its last success.", 107, 0, NULL, NULL, 0, 0};
static dy_ynode *k244[] = {&n233, &n235, &n237, &n240, &n242};
static dy_ynode *v244[] = {&n234, &n236, &n239, &n241, &n243};
static dy_ynode n244 = {DY_Y_MAP, {136, 5}, NULL, 0, 0, k244, v244, 5, 5};
static dy_ynode n245 = {DY_Y_SCALAR, {142, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n246 = {DY_Y_SCALAR, {142, 9}, (char *)"daily-backup-objects-completed", 30, 1, NULL, NULL, 0, 0};
static dy_ynode n247 = {DY_Y_SCALAR, {143, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n248 = {DY_Y_SCALAR, {143, 10}, (char *)"backup.object_storage.status", 28, 1, NULL, NULL, 0, 0};
static dy_ynode n249 = {DY_Y_SCALAR, {144, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n250 = {DY_Y_SCALAR, {144, 16}, (char *)"daily", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *v251[] = {&n250};
static dy_ynode n251 = {DY_Y_SEQ, {144, 15}, NULL, 0, 0, NULL, v251, 1, 1};
static dy_ynode n252 = {DY_Y_SCALAR, {145, 5}, (char *)"equals", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n253 = {DY_Y_SCALAR, {145, 13}, (char *)"completed", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n254 = {DY_Y_SCALAR, {146, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n255 = {DY_Y_SCALAR, {146, 11}, (char *)"The last object storage backup must report completed (not partially fail"
    "ed): check and rerun it.", 96, 0, NULL, NULL, 0, 0};
static dy_ynode *k256[] = {&n245, &n247, &n249, &n252, &n254};
static dy_ynode *v256[] = {&n246, &n248, &n251, &n253, &n255};
static dy_ynode n256 = {DY_Y_MAP, {142, 5}, NULL, 0, 0, k256, v256, 5, 5};
static dy_ynode n257 = {DY_Y_SCALAR, {148, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n258 = {DY_Y_SCALAR, {148, 9}, (char *)"daily-backup-objects-retention", 30, 1, NULL, NULL, 0, 0};
static dy_ynode n259 = {DY_Y_SCALAR, {149, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n260 = {DY_Y_SCALAR, {149, 10}, (char *)"backup.object_storage.retention_days", 36, 1, NULL, NULL, 0, 0};
static dy_ynode n261 = {DY_Y_SCALAR, {150, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n262 = {DY_Y_SCALAR, {150, 16}, (char *)"daily", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *v263[] = {&n262};
static dy_ynode n263 = {DY_Y_SEQ, {150, 15}, NULL, 0, 0, NULL, v263, 1, 1};
static dy_ynode n264 = {DY_Y_SCALAR, {151, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n265 = {DY_Y_SCALAR, {151, 13}, (char *)"number", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n266 = {DY_Y_SCALAR, {152, 5}, (char *)"min", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n267 = {DY_Y_SCALAR, {152, 10}, (char *)"35", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n268 = {DY_Y_SCALAR, {153, 5}, (char *)"severity", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n269 = {DY_Y_SCALAR, {153, 15}, (char *)"warning", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n270 = {DY_Y_SCALAR, {154, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n271 = {DY_Y_SCALAR, {154, 11}, (char *)"Keep object storage backups for at least 35 days.", 49, 0, NULL, NULL, 0, 0};
static dy_ynode *k272[] = {&n257, &n259, &n261, &n264, &n266, &n268, &n270};
static dy_ynode *v272[] = {&n258, &n260, &n263, &n265, &n267, &n269, &n271};
static dy_ynode n272 = {DY_Y_MAP, {148, 5}, NULL, 0, 0, k272, v272, 7, 7};
static dy_ynode n273 = {DY_Y_SCALAR, {156, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n274 = {DY_Y_SCALAR, {156, 9}, (char *)"daily-restore-validated", 23, 1, NULL, NULL, 0, 0};
static dy_ynode n275 = {DY_Y_SCALAR, {157, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n276 = {DY_Y_SCALAR, {157, 10}, (char *)"backup.restore.validated_at", 27, 1, NULL, NULL, 0, 0};
static dy_ynode n277 = {DY_Y_SCALAR, {158, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n278 = {DY_Y_SCALAR, {158, 16}, (char *)"daily", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *v279[] = {&n278};
static dy_ynode n279 = {DY_Y_SEQ, {158, 15}, NULL, 0, 0, NULL, v279, 1, 1};
static dy_ynode n280 = {DY_Y_SCALAR, {159, 5}, (char *)"max_age", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n281 = {DY_Y_SCALAR, {159, 14}, (char *)"31d", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n282 = {DY_Y_SCALAR, {160, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n283 = {DY_Y_SCALAR, {160, 11}, (char *)"Validate the restore procedure (restore a backup somewhere and check it)"
    " once a month.", 86, 0, NULL, NULL, 0, 0};
static dy_ynode *k284[] = {&n273, &n275, &n277, &n280, &n282};
static dy_ynode *v284[] = {&n274, &n276, &n279, &n281, &n283};
static dy_ynode n284 = {DY_Y_MAP, {156, 5}, NULL, 0, 0, k284, v284, 5, 5};
static dy_ynode n285 = {DY_Y_SCALAR, {162, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n286 = {DY_Y_SCALAR, {162, 9}, (char *)"daily-artifact-recorded", 23, 1, NULL, NULL, 0, 0};
static dy_ynode n287 = {DY_Y_SCALAR, {163, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n288 = {DY_Y_SCALAR, {163, 10}, (char *)"deploy.last_known_good.artifact", 31, 1, NULL, NULL, 0, 0};
static dy_ynode n289 = {DY_Y_SCALAR, {164, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n290 = {DY_Y_SCALAR, {164, 16}, (char *)"daily", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *v291[] = {&n290};
static dy_ynode n291 = {DY_Y_SEQ, {164, 15}, NULL, 0, 0, NULL, v291, 1, 1};
static dy_ynode n292 = {DY_Y_SCALAR, {165, 5}, (char *)"placeholders", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n293 = {DY_Y_SCALAR, {165, 19}, (char *)"true", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n294 = {DY_Y_SCALAR, {166, 5}, (char *)"pattern", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n295 = {DY_Y_SCALAR, {166, 14}, (char *)"^sha256:(\077!0{64}$)[0-9a-f]{64}$", 31, 0, NULL, NULL, 0, 0};
static dy_ynode n296 = {DY_Y_SCALAR, {167, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n297 = {DY_Y_SCALAR, {167, 11}, (char *)"Record the last known good deployment artifact as its digest: sha256: an"
    "d 64 hex digits.", 88, 0, NULL, NULL, 0, 0};
static dy_ynode *k298[] = {&n285, &n287, &n289, &n292, &n294, &n296};
static dy_ynode *v298[] = {&n286, &n288, &n291, &n293, &n295, &n297};
static dy_ynode n298 = {DY_Y_MAP, {162, 5}, NULL, 0, 0, k298, v298, 6, 6};
static dy_ynode n299 = {DY_Y_SCALAR, {169, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n300 = {DY_Y_SCALAR, {169, 9}, (char *)"daily-artifact-verified", 23, 1, NULL, NULL, 0, 0};
static dy_ynode n301 = {DY_Y_SCALAR, {170, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n302 = {DY_Y_SCALAR, {170, 10}, (char *)"deploy.last_known_good.verified", 31, 1, NULL, NULL, 0, 0};
static dy_ynode n303 = {DY_Y_SCALAR, {171, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n304 = {DY_Y_SCALAR, {171, 16}, (char *)"daily", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *v305[] = {&n304};
static dy_ynode n305 = {DY_Y_SEQ, {171, 15}, NULL, 0, 0, NULL, v305, 1, 1};
static dy_ynode n306 = {DY_Y_SCALAR, {172, 5}, (char *)"is", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n307 = {DY_Y_SCALAR, {172, 9}, (char *)"true", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n308 = {DY_Y_SCALAR, {173, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n309 = {DY_Y_SCALAR, {173, 11}, (char *)"Verify that the last known good artifact can still be pulled and matches"
    " its digest.", 84, 0, NULL, NULL, 0, 0};
static dy_ynode *k310[] = {&n299, &n301, &n303, &n306, &n308};
static dy_ynode *v310[] = {&n300, &n302, &n305, &n307, &n309};
static dy_ynode n310 = {DY_Y_MAP, {169, 5}, NULL, 0, 0, k310, v310, 5, 5};
static dy_ynode n311 = {DY_Y_SCALAR, {175, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n312 = {DY_Y_SCALAR, {175, 9}, (char *)"daily-contact-oncall-primary", 28, 1, NULL, NULL, 0, 0};
static dy_ynode n313 = {DY_Y_SCALAR, {176, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n314 = {DY_Y_SCALAR, {176, 10}, (char *)"contacts.oncall_primary", 23, 1, NULL, NULL, 0, 0};
static dy_ynode n315 = {DY_Y_SCALAR, {177, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n316 = {DY_Y_SCALAR, {177, 16}, (char *)"daily", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *v317[] = {&n316};
static dy_ynode n317 = {DY_Y_SEQ, {177, 15}, NULL, 0, 0, NULL, v317, 1, 1};
static dy_ynode n318 = {DY_Y_SCALAR, {178, 5}, (char *)"placeholders", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n319 = {DY_Y_SCALAR, {178, 19}, (char *)"true", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n320 = {DY_Y_SCALAR, {179, 5}, (char *)"differs_from", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n321 = {DY_Y_SCALAR, {179, 19}, (char *)"contacts.oncall_secondary", 25, 1, NULL, NULL, 0, 0};
static dy_ynode n322 = {DY_Y_SCALAR, {180, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n323 = {DY_Y_SCALAR, {180, 11}, (char *)"Name the primary on-call (a person, not <fill>), someone other than the "
    "secondary.", 82, 0, NULL, NULL, 0, 0};
static dy_ynode *k324[] = {&n311, &n313, &n315, &n318, &n320, &n322};
static dy_ynode *v324[] = {&n312, &n314, &n317, &n319, &n321, &n323};
static dy_ynode n324 = {DY_Y_MAP, {175, 5}, NULL, 0, 0, k324, v324, 6, 6};
static dy_ynode n325 = {DY_Y_SCALAR, {182, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n326 = {DY_Y_SCALAR, {182, 9}, (char *)"daily-contact-oncall-secondary", 30, 1, NULL, NULL, 0, 0};
static dy_ynode n327 = {DY_Y_SCALAR, {183, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n328 = {DY_Y_SCALAR, {183, 10}, (char *)"contacts.oncall_secondary", 25, 1, NULL, NULL, 0, 0};
static dy_ynode n329 = {DY_Y_SCALAR, {184, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n330 = {DY_Y_SCALAR, {184, 16}, (char *)"daily", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *v331[] = {&n330};
static dy_ynode n331 = {DY_Y_SEQ, {184, 15}, NULL, 0, 0, NULL, v331, 1, 1};
static dy_ynode n332 = {DY_Y_SCALAR, {185, 5}, (char *)"placeholders", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n333 = {DY_Y_SCALAR, {185, 19}, (char *)"true", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n334 = {DY_Y_SCALAR, {186, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n335 = {DY_Y_SCALAR, {186, 11}, (char *)"Name the secondary on-call (a person, not <fill>).", 50, 0, NULL, NULL, 0, 0};
static dy_ynode *k336[] = {&n325, &n327, &n329, &n332, &n334};
static dy_ynode *v336[] = {&n326, &n328, &n331, &n333, &n335};
static dy_ynode n336 = {DY_Y_MAP, {182, 5}, NULL, 0, 0, k336, v336, 5, 5};
static dy_ynode n337 = {DY_Y_SCALAR, {188, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n338 = {DY_Y_SCALAR, {188, 9}, (char *)"daily-contact-status-page-admin", 31, 1, NULL, NULL, 0, 0};
static dy_ynode n339 = {DY_Y_SCALAR, {189, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n340 = {DY_Y_SCALAR, {189, 10}, (char *)"contacts.status_page_admin", 26, 1, NULL, NULL, 0, 0};
static dy_ynode n341 = {DY_Y_SCALAR, {190, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n342 = {DY_Y_SCALAR, {190, 16}, (char *)"daily", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *v343[] = {&n342};
static dy_ynode n343 = {DY_Y_SEQ, {190, 15}, NULL, 0, 0, NULL, v343, 1, 1};
static dy_ynode n344 = {DY_Y_SCALAR, {191, 5}, (char *)"placeholders", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n345 = {DY_Y_SCALAR, {191, 19}, (char *)"true", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n346 = {DY_Y_SCALAR, {192, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n347 = {DY_Y_SCALAR, {192, 11}, (char *)"Name who can publish on the status page.", 40, 0, NULL, NULL, 0, 0};
static dy_ynode *k348[] = {&n337, &n339, &n341, &n344, &n346};
static dy_ynode *v348[] = {&n338, &n340, &n343, &n345, &n347};
static dy_ynode n348 = {DY_Y_MAP, {188, 5}, NULL, 0, 0, k348, v348, 5, 5};
static dy_ynode n349 = {DY_Y_SCALAR, {194, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n350 = {DY_Y_SCALAR, {194, 9}, (char *)"daily-contact-security", 22, 1, NULL, NULL, 0, 0};
static dy_ynode n351 = {DY_Y_SCALAR, {195, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n352 = {DY_Y_SCALAR, {195, 10}, (char *)"contacts.security", 17, 1, NULL, NULL, 0, 0};
static dy_ynode n353 = {DY_Y_SCALAR, {196, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n354 = {DY_Y_SCALAR, {196, 16}, (char *)"daily", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *v355[] = {&n354};
static dy_ynode n355 = {DY_Y_SEQ, {196, 15}, NULL, 0, 0, NULL, v355, 1, 1};
static dy_ynode n356 = {DY_Y_SCALAR, {197, 5}, (char *)"placeholders", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n357 = {DY_Y_SCALAR, {197, 19}, (char *)"true", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n358 = {DY_Y_SCALAR, {198, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n359 = {DY_Y_SCALAR, {198, 11}, (char *)"Name the security contact.", 26, 0, NULL, NULL, 0, 0};
static dy_ynode *k360[] = {&n349, &n351, &n353, &n356, &n358};
static dy_ynode *v360[] = {&n350, &n352, &n355, &n357, &n359};
static dy_ynode n360 = {DY_Y_MAP, {194, 5}, NULL, 0, 0, k360, v360, 5, 5};
static dy_ynode n361 = {DY_Y_SCALAR, {200, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n362 = {DY_Y_SCALAR, {200, 9}, (char *)"daily-banlist-growth", 20, 1, NULL, NULL, 0, 0};
static dy_ynode n363 = {DY_Y_SCALAR, {201, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n364 = {DY_Y_SCALAR, {201, 10}, (char *)"abuse.banlist.added_24h", 23, 1, NULL, NULL, 0, 0};
static dy_ynode n365 = {DY_Y_SCALAR, {202, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n366 = {DY_Y_SCALAR, {202, 16}, (char *)"daily", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *v367[] = {&n366};
static dy_ynode n367 = {DY_Y_SEQ, {202, 15}, NULL, 0, 0, NULL, v367, 1, 1};
static dy_ynode n368 = {DY_Y_SCALAR, {203, 5}, (char *)"ratio", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n369 = {DY_Y_SCALAR, {203, 13}, (char *)"of", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n370 = {DY_Y_SCALAR, {203, 17}, (char *)"abuse.banlist.added_24h_baseline", 32, 1, NULL, NULL, 0, 0};
static dy_ynode n371 = {DY_Y_SCALAR, {203, 51}, (char *)"max", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n372 = {DY_Y_SCALAR, {203, 56}, (char *)"3", 1, 1, NULL, NULL, 0, 0};
static dy_ynode *k373[] = {&n369, &n371};
static dy_ynode *v373[] = {&n370, &n372};
static dy_ynode n373 = {DY_Y_MAP, {203, 12}, NULL, 0, 0, k373, v373, 2, 2};
static dy_ynode n374 = {DY_Y_SCALAR, {204, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n375 = {DY_Y_SCALAR, {204, 11}, (char *)"Record the IP-hash banlist's growth over the last day and its usual dail"
    "y growth; above 3x the usual, review the new bans.", 122, 0, NULL, NULL, 0, 0};
static dy_ynode *k376[] = {&n361, &n363, &n365, &n368, &n374};
static dy_ynode *v376[] = {&n362, &n364, &n367, &n373, &n375};
static dy_ynode n376 = {DY_Y_MAP, {200, 5}, NULL, 0, 0, k376, v376, 5, 5};
static dy_ynode n377 = {DY_Y_SCALAR, {206, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n378 = {DY_Y_SCALAR, {206, 9}, (char *)"daily-audit-reviewed", 20, 1, NULL, NULL, 0, 0};
static dy_ynode n379 = {DY_Y_SCALAR, {207, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n380 = {DY_Y_SCALAR, {207, 10}, (char *)"audit.reviewed_at", 17, 1, NULL, NULL, 0, 0};
static dy_ynode n381 = {DY_Y_SCALAR, {208, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n382 = {DY_Y_SCALAR, {208, 16}, (char *)"daily", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *v383[] = {&n382};
static dy_ynode n383 = {DY_Y_SEQ, {208, 15}, NULL, 0, 0, NULL, v383, 1, 1};
static dy_ynode n384 = {DY_Y_SCALAR, {209, 5}, (char *)"max_age", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n385 = {DY_Y_SCALAR, {209, 14}, (char *)"24h", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n386 = {DY_Y_SCALAR, {210, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n387 = {DY_Y_SCALAR, {210, 11}, (char *)"Review the audit log for admin and support access every day, then record"
    " when.", 78, 0, NULL, NULL, 0, 0};
static dy_ynode *k388[] = {&n377, &n379, &n381, &n384, &n386};
static dy_ynode *v388[] = {&n378, &n380, &n383, &n385, &n387};
static dy_ynode n388 = {DY_Y_MAP, {206, 5}, NULL, 0, 0, k388, v388, 5, 5};
static dy_ynode n389 = {DY_Y_SCALAR, {214, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n390 = {DY_Y_SCALAR, {214, 9}, (char *)"daily-audit-reason", 18, 1, NULL, NULL, 0, 0};
static dy_ynode n391 = {DY_Y_SCALAR, {215, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n392 = {DY_Y_SCALAR, {215, 10}, (char *)"audit.events", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n393 = {DY_Y_SCALAR, {216, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n394 = {DY_Y_SCALAR, {216, 16}, (char *)"daily", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *v395[] = {&n394};
static dy_ynode n395 = {DY_Y_SEQ, {216, 15}, NULL, 0, 0, NULL, v395, 1, 1};
static dy_ynode n396 = {DY_Y_SCALAR, {217, 5}, (char *)"each", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n397 = {DY_Y_SCALAR, {217, 12}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n398 = {DY_Y_SCALAR, {217, 17}, (char *)"reason", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n399 = {DY_Y_SCALAR, {217, 25}, (char *)"placeholders", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n400 = {DY_Y_SCALAR, {217, 39}, (char *)"true", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n401 = {DY_Y_SCALAR, {217, 45}, (char *)"min_length", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n402 = {DY_Y_SCALAR, {217, 57}, (char *)"20", 2, 1, NULL, NULL, 0, 0};
static dy_ynode *k403[] = {&n397, &n399, &n401};
static dy_ynode *v403[] = {&n398, &n400, &n402};
static dy_ynode n403 = {DY_Y_MAP, {217, 11}, NULL, 0, 0, k403, v403, 3, 3};
static dy_ynode n404 = {DY_Y_SCALAR, {218, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n405 = {DY_Y_SCALAR, {218, 11}, (char *)"Every admin or support access needs a real reason (20 characters or more"
    "): ask the actor and record it.", 103, 0, NULL, NULL, 0, 0};
static dy_ynode *k406[] = {&n389, &n391, &n393, &n396, &n404};
static dy_ynode *v406[] = {&n390, &n392, &n395, &n403, &n405};
static dy_ynode n406 = {DY_Y_MAP, {214, 5}, NULL, 0, 0, k406, v406, 5, 5};
static dy_ynode n407 = {DY_Y_SCALAR, {220, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n408 = {DY_Y_SCALAR, {220, 9}, (char *)"daily-audit-ticket", 18, 1, NULL, NULL, 0, 0};
static dy_ynode n409 = {DY_Y_SCALAR, {221, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n410 = {DY_Y_SCALAR, {221, 10}, (char *)"audit.events", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n411 = {DY_Y_SCALAR, {222, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n412 = {DY_Y_SCALAR, {222, 16}, (char *)"daily", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *v413[] = {&n412};
static dy_ynode n413 = {DY_Y_SEQ, {222, 15}, NULL, 0, 0, NULL, v413, 1, 1};
static dy_ynode n414 = {DY_Y_SCALAR, {223, 5}, (char *)"each", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n415 = {DY_Y_SCALAR, {223, 12}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n416 = {DY_Y_SCALAR, {223, 17}, (char *)"ticket", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n417 = {DY_Y_SCALAR, {223, 25}, (char *)"pattern", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n418 = {DY_Y_SCALAR, {223, 34}, (char *)"^(SUP|INC)-[0-9]+$", 18, 0, NULL, NULL, 0, 0};
static dy_ynode *k419[] = {&n415, &n417};
static dy_ynode *v419[] = {&n416, &n418};
static dy_ynode n419 = {DY_Y_MAP, {223, 11}, NULL, 0, 0, k419, v419, 2, 2};
static dy_ynode n420 = {DY_Y_SCALAR, {224, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n421 = {DY_Y_SCALAR, {224, 11}, (char *)"Every admin or support access needs a ticket (SUP-123 or INC-45).", 65, 0, NULL, NULL, 0, 0};
static dy_ynode *k422[] = {&n407, &n409, &n411, &n414, &n420};
static dy_ynode *v422[] = {&n408, &n410, &n413, &n419, &n421};
static dy_ynode n422 = {DY_Y_MAP, {220, 5}, NULL, 0, 0, k422, v422, 5, 5};
static dy_ynode n423 = {DY_Y_SCALAR, {226, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n424 = {DY_Y_SCALAR, {226, 9}, (char *)"daily-audit-hours", 17, 1, NULL, NULL, 0, 0};
static dy_ynode n425 = {DY_Y_SCALAR, {227, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n426 = {DY_Y_SCALAR, {227, 10}, (char *)"audit.events", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n427 = {DY_Y_SCALAR, {228, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n428 = {DY_Y_SCALAR, {228, 16}, (char *)"daily", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *v429[] = {&n428};
static dy_ynode n429 = {DY_Y_SEQ, {228, 15}, NULL, 0, 0, NULL, v429, 1, 1};
static dy_ynode n430 = {DY_Y_SCALAR, {229, 5}, (char *)"each", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n431 = {DY_Y_SCALAR, {229, 12}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n432 = {DY_Y_SCALAR, {229, 17}, (char *)"time", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n433 = {DY_Y_SCALAR, {229, 23}, (char *)"hours", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n434 = {DY_Y_SCALAR, {229, 31}, (char *)"from", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n435 = {DY_Y_SCALAR, {229, 37}, (char *)"07:00", 5, 0, NULL, NULL, 0, 0};
static dy_ynode n436 = {DY_Y_SCALAR, {229, 46}, (char *)"to", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n437 = {DY_Y_SCALAR, {229, 50}, (char *)"20:00", 5, 0, NULL, NULL, 0, 0};
static dy_ynode n438 = {DY_Y_SCALAR, {229, 59}, (char *)"offset", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n439 = {DY_Y_SCALAR, {229, 67}, (char *)"+00:00", 6, 0, NULL, NULL, 0, 0};
static dy_ynode *k440[] = {&n434, &n436, &n438};
static dy_ynode *v440[] = {&n435, &n437, &n439};
static dy_ynode n440 = {DY_Y_MAP, {229, 30}, NULL, 0, 0, k440, v440, 3, 3};
static dy_ynode *k441[] = {&n431, &n433};
static dy_ynode *v441[] = {&n432, &n440};
static dy_ynode n441 = {DY_Y_MAP, {229, 11}, NULL, 0, 0, k441, v441, 2, 2};
static dy_ynode n442 = {DY_Y_SCALAR, {230, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n443 = {DY_Y_SCALAR, {230, 11}, (char *)"Staff access belongs within 07:00-20:00 UTC: find out why it happened ou"
    "tside (an incident has a ticket).", 105, 0, NULL, NULL, 0, 0};
static dy_ynode *k444[] = {&n423, &n425, &n427, &n430, &n442};
static dy_ynode *v444[] = {&n424, &n426, &n429, &n441, &n443};
static dy_ynode n444 = {DY_Y_MAP, {226, 5}, NULL, 0, 0, k444, v444, 5, 5};
static dy_ynode n445 = {DY_Y_SCALAR, {232, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n446 = {DY_Y_SCALAR, {232, 9}, (char *)"daily-audit-actor-volume", 24, 1, NULL, NULL, 0, 0};
static dy_ynode n447 = {DY_Y_SCALAR, {233, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n448 = {DY_Y_SCALAR, {233, 10}, (char *)"audit.events", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n449 = {DY_Y_SCALAR, {234, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n450 = {DY_Y_SCALAR, {234, 16}, (char *)"daily", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *v451[] = {&n450};
static dy_ynode n451 = {DY_Y_SEQ, {234, 15}, NULL, 0, 0, NULL, v451, 1, 1};
static dy_ynode n452 = {DY_Y_SCALAR, {235, 5}, (char *)"count_by", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n453 = {DY_Y_SCALAR, {235, 16}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n454 = {DY_Y_SCALAR, {235, 21}, (char *)"actor", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n455 = {DY_Y_SCALAR, {235, 28}, (char *)"max", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n456 = {DY_Y_SCALAR, {235, 33}, (char *)"3", 1, 1, NULL, NULL, 0, 0};
static dy_ynode n457 = {DY_Y_SCALAR, {235, 36}, (char *)"of", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n458 = {DY_Y_SCALAR, {235, 40}, (char *)"audit.actor_baseline", 20, 1, NULL, NULL, 0, 0};
static dy_ynode *k459[] = {&n453, &n455, &n457};
static dy_ynode *v459[] = {&n454, &n456, &n458};
static dy_ynode n459 = {DY_Y_MAP, {235, 15}, NULL, 0, 0, k459, v459, 3, 3};
static dy_ynode n460 = {DY_Y_SCALAR, {236, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n461 = {DY_Y_SCALAR, {236, 11}, (char *)"One actor may take at most 3x audit.actor_baseline staff actions a day: "
    "review the actions of one above it.", 107, 0, NULL, NULL, 0, 0};
static dy_ynode *k462[] = {&n445, &n447, &n449, &n452, &n460};
static dy_ynode *v462[] = {&n446, &n448, &n451, &n459, &n461};
static dy_ynode n462 = {DY_Y_MAP, {232, 5}, NULL, 0, 0, k462, v462, 5, 5};
static dy_ynode n463 = {DY_Y_SCALAR, {241, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n464 = {DY_Y_SCALAR, {241, 9}, (char *)"daily-plans-define-ingest", 25, 1, NULL, NULL, 0, 0};
static dy_ynode n465 = {DY_Y_SCALAR, {242, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n466 = {DY_Y_SCALAR, {242, 10}, (char *)"limits.plans", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n467 = {DY_Y_SCALAR, {243, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n468 = {DY_Y_SCALAR, {243, 16}, (char *)"daily", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *v469[] = {&n468};
static dy_ynode n469 = {DY_Y_SEQ, {243, 15}, NULL, 0, 0, NULL, v469, 1, 1};
static dy_ynode n470 = {DY_Y_SCALAR, {244, 5}, (char *)"min_items", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n471 = {DY_Y_SCALAR, {244, 16}, (char *)"1", 1, 1, NULL, NULL, 0, 0};
static dy_ynode n472 = {DY_Y_SCALAR, {245, 5}, (char *)"each", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n473 = {DY_Y_SCALAR, {245, 12}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n474 = {DY_Y_SCALAR, {245, 17}, (char *)"limits.ingest", 13, 1, NULL, NULL, 0, 0};
static dy_ynode *k475[] = {&n473};
static dy_ynode *v475[] = {&n474};
static dy_ynode n475 = {DY_Y_MAP, {245, 11}, NULL, 0, 0, k475, v475, 1, 1};
static dy_ynode n476 = {DY_Y_SCALAR, {246, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n477 = {DY_Y_SCALAR, {246, 11}, (char *)"Every plan needs an ingest limit, or its tenants ingest without one.", 68, 0, NULL, NULL, 0, 0};
static dy_ynode *k478[] = {&n463, &n465, &n467, &n470, &n472, &n476};
static dy_ynode *v478[] = {&n464, &n466, &n469, &n471, &n475, &n477};
static dy_ynode n478 = {DY_Y_MAP, {241, 5}, NULL, 0, 0, k478, v478, 6, 6};
static dy_ynode n479 = {DY_Y_SCALAR, {248, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n480 = {DY_Y_SCALAR, {248, 9}, (char *)"daily-limits-enforced", 21, 1, NULL, NULL, 0, 0};
static dy_ynode n481 = {DY_Y_SCALAR, {249, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n482 = {DY_Y_SCALAR, {249, 10}, (char *)"limits.counts", 13, 1, NULL, NULL, 0, 0};
static dy_ynode n483 = {DY_Y_SCALAR, {250, 5}, (char *)"profiles", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n484 = {DY_Y_SCALAR, {250, 16}, (char *)"daily", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *v485[] = {&n484};
static dy_ynode n485 = {DY_Y_SEQ, {250, 15}, NULL, 0, 0, NULL, v485, 1, 1};
static dy_ynode n486 = {DY_Y_SCALAR, {251, 5}, (char *)"required", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n487 = {DY_Y_SCALAR, {251, 15}, (char *)"false", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n488 = {DY_Y_SCALAR, {252, 5}, (char *)"each", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n489 = {DY_Y_SCALAR, {252, 12}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n490 = {DY_Y_SCALAR, {252, 17}, (char *)"allowed", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n491 = {DY_Y_SCALAR, {252, 26}, (char *)"ratio", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n492 = {DY_Y_SCALAR, {252, 34}, (char *)"of", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n493 = {DY_Y_SCALAR, {252, 38}, (char *)"allowance", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n494 = {DY_Y_SCALAR, {252, 49}, (char *)"max", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n495 = {DY_Y_SCALAR, {252, 54}, (char *)"1", 1, 1, NULL, NULL, 0, 0};
static dy_ynode *k496[] = {&n492, &n494};
static dy_ynode *v496[] = {&n493, &n495};
static dy_ynode n496 = {DY_Y_MAP, {252, 33}, NULL, 0, 0, k496, v496, 2, 2};
static dy_ynode *k497[] = {&n489, &n491};
static dy_ynode *v497[] = {&n490, &n496};
static dy_ynode n497 = {DY_Y_MAP, {252, 11}, NULL, 0, 0, k497, v497, 2, 2};
static dy_ynode n498 = {DY_Y_SCALAR, {253, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n499 = {DY_Y_SCALAR, {253, 11}, (char *)"The limiter must deny what exceeds a plan (allowed at most the allowance"
    "): an excess means the limit is not enforced.", 117, 0, NULL, NULL, 0, 0};
static dy_ynode *k500[] = {&n479, &n481, &n483, &n486, &n488, &n498};
static dy_ynode *v500[] = {&n480, &n482, &n485, &n487, &n497, &n499};
static dy_ynode n500 = {DY_Y_MAP, {248, 5}, NULL, 0, 0, k500, v500, 6, 6};
static dy_ynode *v501[] = {&n96, &n109, &n122, &n135, &n148, &n161, &n175, &n192, &n204, &n216, &n232, &n244, &n256, &n272, &n284, &n298, &n310, &n324, &n336, &n348, &n360, &n376, &n388, &n406, &n422, &n444, &n462, &n478, &n500};
static dy_ynode n501 = {DY_Y_SEQ, {60, 3}, NULL, 0, 0, NULL, v501, 29, 29};
static dy_ynode n502 = {DY_Y_SCALAR, {258, 1}, (char *)"secrets", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n503 = {DY_Y_SCALAR, {259, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n504 = {DY_Y_SCALAR, {259, 10}, (char *)"SECRET_KEY", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n505 = {DY_Y_SCALAR, {260, 5}, (char *)"min_length", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n506 = {DY_Y_SCALAR, {260, 17}, (char *)"32", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n507 = {DY_Y_SCALAR, {261, 5}, (char *)"min_entropy", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n508 = {DY_Y_SCALAR, {261, 18}, (char *)"96", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n509 = {DY_Y_SCALAR, {262, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n510 = {DY_Y_SCALAR, {262, 11}, (char *)"Generate one with: openssl rand -base64 48", 42, 0, NULL, NULL, 0, 0};
static dy_ynode *k511[] = {&n503, &n505, &n507, &n509};
static dy_ynode *v511[] = {&n504, &n506, &n508, &n510};
static dy_ynode n511 = {DY_Y_MAP, {259, 5}, NULL, 0, 0, k511, v511, 4, 4};
static dy_ynode n512 = {DY_Y_SCALAR, {264, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n513 = {DY_Y_SCALAR, {264, 10}, (char *)"DATABASE_URL", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n514 = {DY_Y_SCALAR, {265, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n515 = {DY_Y_SCALAR, {265, 13}, (char *)"database_url", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n516 = {DY_Y_SCALAR, {266, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n517 = {DY_Y_SCALAR, {266, 11}, (char *)"e.g. postgresql://user@db.internal:5432/app", 43, 0, NULL, NULL, 0, 0};
static dy_ynode *k518[] = {&n512, &n514, &n516};
static dy_ynode *v518[] = {&n513, &n515, &n517};
static dy_ynode n518 = {DY_Y_MAP, {264, 5}, NULL, 0, 0, k518, v518, 3, 3};
static dy_ynode n519 = {DY_Y_SCALAR, {268, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n520 = {DY_Y_SCALAR, {268, 10}, (char *)"INTEGRATION_ENCRYPTION_KEY", 26, 1, NULL, NULL, 0, 0};
static dy_ynode n521 = {DY_Y_SCALAR, {269, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n522 = {DY_Y_SCALAR, {269, 13}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n523 = {DY_Y_SCALAR, {270, 5}, (char *)"decoded_bytes", 13, 1, NULL, NULL, 0, 0};
static dy_ynode n524 = {DY_Y_SCALAR, {270, 20}, (char *)"32", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n525 = {DY_Y_SCALAR, {271, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n526 = {DY_Y_SCALAR, {271, 11}, (char *)"32 random bytes, base64 or hex: openssl rand -base64 32", 55, 0, NULL, NULL, 0, 0};
static dy_ynode *k527[] = {&n519, &n521, &n523, &n525};
static dy_ynode *v527[] = {&n520, &n522, &n524, &n526};
static dy_ynode n527 = {DY_Y_MAP, {268, 5}, NULL, 0, 0, k527, v527, 4, 4};
static dy_ynode n528 = {DY_Y_SCALAR, {273, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n529 = {DY_Y_SCALAR, {273, 10}, (char *)"STRIPE_SECRET_KEY", 17, 1, NULL, NULL, 0, 0};
static dy_ynode n530 = {DY_Y_SCALAR, {274, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n531 = {DY_Y_SCALAR, {274, 12}, (char *)"flag", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n532 = {DY_Y_SCALAR, {274, 18}, (char *)"billing", 7, 1, NULL, NULL, 0, 0};
static dy_ynode *k533[] = {&n531};
static dy_ynode *v533[] = {&n532};
static dy_ynode n533 = {DY_Y_MAP, {274, 11}, NULL, 0, 0, k533, v533, 1, 1};
static dy_ynode n534 = {DY_Y_SCALAR, {275, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n535 = {DY_Y_SCALAR, {275, 13}, (char *)"stripe_secret_key", 17, 1, NULL, NULL, 0, 0};
static dy_ynode n536 = {DY_Y_SCALAR, {276, 5}, (char *)"stripe_mode", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n537 = {DY_Y_SCALAR, {276, 18}, (char *)"true", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n538 = {DY_Y_SCALAR, {277, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n539 = {DY_Y_SCALAR, {277, 11}, (char *)"From the Stripe dashboard: Developers > API keys.", 49, 0, NULL, NULL, 0, 0};
static dy_ynode *k540[] = {&n528, &n530, &n534, &n536, &n538};
static dy_ynode *v540[] = {&n529, &n533, &n535, &n537, &n539};
static dy_ynode n540 = {DY_Y_MAP, {273, 5}, NULL, 0, 0, k540, v540, 5, 5};
static dy_ynode n541 = {DY_Y_SCALAR, {279, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n542 = {DY_Y_SCALAR, {279, 10}, (char *)"STRIPE_WEBHOOK_SECRET", 21, 1, NULL, NULL, 0, 0};
static dy_ynode n543 = {DY_Y_SCALAR, {280, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n544 = {DY_Y_SCALAR, {280, 12}, (char *)"flag", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n545 = {DY_Y_SCALAR, {280, 18}, (char *)"billing", 7, 1, NULL, NULL, 0, 0};
static dy_ynode *k546[] = {&n544};
static dy_ynode *v546[] = {&n545};
static dy_ynode n546 = {DY_Y_MAP, {280, 11}, NULL, 0, 0, k546, v546, 1, 1};
static dy_ynode n547 = {DY_Y_SCALAR, {281, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n548 = {DY_Y_SCALAR, {281, 13}, (char *)"stripe_webhook_secret", 21, 1, NULL, NULL, 0, 0};
static dy_ynode n549 = {DY_Y_SCALAR, {282, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n550 = {DY_Y_SCALAR, {282, 11}, (char *)"The whsec_... signing secret of the webhook endpoint.", 53, 0, NULL, NULL, 0, 0};
static dy_ynode *k551[] = {&n541, &n543, &n547, &n549};
static dy_ynode *v551[] = {&n542, &n546, &n548, &n550};
static dy_ynode n551 = {DY_Y_MAP, {279, 5}, NULL, 0, 0, k551, v551, 4, 4};
static dy_ynode n552 = {DY_Y_SCALAR, {284, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n553 = {DY_Y_SCALAR, {284, 10}, (char *)"ZERO_TRUST_API_KEY", 18, 1, NULL, NULL, 0, 0};
static dy_ynode n554 = {DY_Y_SCALAR, {285, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n555 = {DY_Y_SCALAR, {285, 12}, (char *)"flag", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n556 = {DY_Y_SCALAR, {285, 18}, (char *)"zero_trust", 10, 1, NULL, NULL, 0, 0};
static dy_ynode *k557[] = {&n555};
static dy_ynode *v557[] = {&n556};
static dy_ynode n557 = {DY_Y_MAP, {285, 11}, NULL, 0, 0, k557, v557, 1, 1};
static dy_ynode n558 = {DY_Y_SCALAR, {286, 5}, (char *)"min_length", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n559 = {DY_Y_SCALAR, {286, 17}, (char *)"32", 2, 1, NULL, NULL, 0, 0};
static dy_ynode *k560[] = {&n552, &n554, &n558};
static dy_ynode *v560[] = {&n553, &n557, &n559};
static dy_ynode n560 = {DY_Y_MAP, {284, 5}, NULL, 0, 0, k560, v560, 3, 3};
static dy_ynode n561 = {DY_Y_SCALAR, {290, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n562 = {DY_Y_SCALAR, {290, 10}, (char *)"SSO_CLIENT_ID", 13, 1, NULL, NULL, 0, 0};
static dy_ynode n563 = {DY_Y_SCALAR, {291, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n564 = {DY_Y_SCALAR, {291, 12}, (char *)"all", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n565 = {DY_Y_SCALAR, {291, 19}, (char *)"flag", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n566 = {DY_Y_SCALAR, {291, 25}, (char *)"sso", 3, 1, NULL, NULL, 0, 0};
static dy_ynode *k567[] = {&n565};
static dy_ynode *v567[] = {&n566};
static dy_ynode n567 = {DY_Y_MAP, {291, 18}, NULL, 0, 0, k567, v567, 1, 1};
static dy_ynode n568 = {DY_Y_SCALAR, {291, 32}, (char *)"any", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n569 = {DY_Y_SCALAR, {291, 39}, (char *)"var", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n570 = {DY_Y_SCALAR, {291, 44}, (char *)"SSO_PROTOCOL", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n571 = {DY_Y_SCALAR, {291, 58}, (char *)"set", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n572 = {DY_Y_SCALAR, {291, 63}, (char *)"false", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *k573[] = {&n569, &n571};
static dy_ynode *v573[] = {&n570, &n572};
static dy_ynode n573 = {DY_Y_MAP, {291, 38}, NULL, 0, 0, k573, v573, 2, 2};
static dy_ynode n574 = {DY_Y_SCALAR, {291, 72}, (char *)"var", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n575 = {DY_Y_SCALAR, {291, 77}, (char *)"SSO_PROTOCOL", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n576 = {DY_Y_SCALAR, {291, 91}, (char *)"equals", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n577 = {DY_Y_SCALAR, {291, 99}, (char *)"oidc", 4, 1, NULL, NULL, 0, 0};
static dy_ynode *k578[] = {&n574, &n576};
static dy_ynode *v578[] = {&n575, &n577};
static dy_ynode n578 = {DY_Y_MAP, {291, 71}, NULL, 0, 0, k578, v578, 2, 2};
static dy_ynode *v579[] = {&n573, &n578};
static dy_ynode n579 = {DY_Y_SEQ, {291, 37}, NULL, 0, 0, NULL, v579, 2, 2};
static dy_ynode *k580[] = {&n568};
static dy_ynode *v580[] = {&n579};
static dy_ynode n580 = {DY_Y_MAP, {291, 31}, NULL, 0, 0, k580, v580, 1, 1};
static dy_ynode *v581[] = {&n567, &n580};
static dy_ynode n581 = {DY_Y_SEQ, {291, 17}, NULL, 0, 0, NULL, v581, 2, 2};
static dy_ynode *k582[] = {&n564};
static dy_ynode *v582[] = {&n581};
static dy_ynode n582 = {DY_Y_MAP, {291, 11}, NULL, 0, 0, k582, v582, 1, 1};
static dy_ynode *k583[] = {&n561, &n563};
static dy_ynode *v583[] = {&n562, &n582};
static dy_ynode n583 = {DY_Y_MAP, {290, 5}, NULL, 0, 0, k583, v583, 2, 2};
static dy_ynode n584 = {DY_Y_SCALAR, {293, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n585 = {DY_Y_SCALAR, {293, 10}, (char *)"SSO_CLIENT_SECRET", 17, 1, NULL, NULL, 0, 0};
static dy_ynode n586 = {DY_Y_SCALAR, {294, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n587 = {DY_Y_SCALAR, {294, 12}, (char *)"all", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n588 = {DY_Y_SCALAR, {294, 19}, (char *)"flag", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n589 = {DY_Y_SCALAR, {294, 25}, (char *)"sso", 3, 1, NULL, NULL, 0, 0};
static dy_ynode *k590[] = {&n588};
static dy_ynode *v590[] = {&n589};
static dy_ynode n590 = {DY_Y_MAP, {294, 18}, NULL, 0, 0, k590, v590, 1, 1};
static dy_ynode n591 = {DY_Y_SCALAR, {294, 32}, (char *)"any", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n592 = {DY_Y_SCALAR, {294, 39}, (char *)"var", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n593 = {DY_Y_SCALAR, {294, 44}, (char *)"SSO_PROTOCOL", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n594 = {DY_Y_SCALAR, {294, 58}, (char *)"set", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n595 = {DY_Y_SCALAR, {294, 63}, (char *)"false", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *k596[] = {&n592, &n594};
static dy_ynode *v596[] = {&n593, &n595};
static dy_ynode n596 = {DY_Y_MAP, {294, 38}, NULL, 0, 0, k596, v596, 2, 2};
static dy_ynode n597 = {DY_Y_SCALAR, {294, 72}, (char *)"var", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n598 = {DY_Y_SCALAR, {294, 77}, (char *)"SSO_PROTOCOL", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n599 = {DY_Y_SCALAR, {294, 91}, (char *)"equals", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n600 = {DY_Y_SCALAR, {294, 99}, (char *)"oidc", 4, 1, NULL, NULL, 0, 0};
static dy_ynode *k601[] = {&n597, &n599};
static dy_ynode *v601[] = {&n598, &n600};
static dy_ynode n601 = {DY_Y_MAP, {294, 71}, NULL, 0, 0, k601, v601, 2, 2};
static dy_ynode *v602[] = {&n596, &n601};
static dy_ynode n602 = {DY_Y_SEQ, {294, 37}, NULL, 0, 0, NULL, v602, 2, 2};
static dy_ynode *k603[] = {&n591};
static dy_ynode *v603[] = {&n602};
static dy_ynode n603 = {DY_Y_MAP, {294, 31}, NULL, 0, 0, k603, v603, 1, 1};
static dy_ynode *v604[] = {&n590, &n603};
static dy_ynode n604 = {DY_Y_SEQ, {294, 17}, NULL, 0, 0, NULL, v604, 2, 2};
static dy_ynode *k605[] = {&n587};
static dy_ynode *v605[] = {&n604};
static dy_ynode n605 = {DY_Y_MAP, {294, 11}, NULL, 0, 0, k605, v605, 1, 1};
static dy_ynode n606 = {DY_Y_SCALAR, {295, 5}, (char *)"min_length", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n607 = {DY_Y_SCALAR, {295, 17}, (char *)"32", 2, 1, NULL, NULL, 0, 0};
static dy_ynode *k608[] = {&n584, &n586, &n606};
static dy_ynode *v608[] = {&n585, &n605, &n607};
static dy_ynode n608 = {DY_Y_MAP, {293, 5}, NULL, 0, 0, k608, v608, 3, 3};
static dy_ynode n609 = {DY_Y_SCALAR, {297, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n610 = {DY_Y_SCALAR, {297, 10}, (char *)"SSO_ISSUER_URL", 14, 1, NULL, NULL, 0, 0};
static dy_ynode n611 = {DY_Y_SCALAR, {298, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n612 = {DY_Y_SCALAR, {298, 12}, (char *)"all", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n613 = {DY_Y_SCALAR, {298, 19}, (char *)"flag", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n614 = {DY_Y_SCALAR, {298, 25}, (char *)"sso", 3, 1, NULL, NULL, 0, 0};
static dy_ynode *k615[] = {&n613};
static dy_ynode *v615[] = {&n614};
static dy_ynode n615 = {DY_Y_MAP, {298, 18}, NULL, 0, 0, k615, v615, 1, 1};
static dy_ynode n616 = {DY_Y_SCALAR, {298, 32}, (char *)"any", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n617 = {DY_Y_SCALAR, {298, 39}, (char *)"var", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n618 = {DY_Y_SCALAR, {298, 44}, (char *)"SSO_PROTOCOL", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n619 = {DY_Y_SCALAR, {298, 58}, (char *)"set", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n620 = {DY_Y_SCALAR, {298, 63}, (char *)"false", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *k621[] = {&n617, &n619};
static dy_ynode *v621[] = {&n618, &n620};
static dy_ynode n621 = {DY_Y_MAP, {298, 38}, NULL, 0, 0, k621, v621, 2, 2};
static dy_ynode n622 = {DY_Y_SCALAR, {298, 72}, (char *)"var", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n623 = {DY_Y_SCALAR, {298, 77}, (char *)"SSO_PROTOCOL", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n624 = {DY_Y_SCALAR, {298, 91}, (char *)"equals", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n625 = {DY_Y_SCALAR, {298, 99}, (char *)"oidc", 4, 1, NULL, NULL, 0, 0};
static dy_ynode *k626[] = {&n622, &n624};
static dy_ynode *v626[] = {&n623, &n625};
static dy_ynode n626 = {DY_Y_MAP, {298, 71}, NULL, 0, 0, k626, v626, 2, 2};
static dy_ynode *v627[] = {&n621, &n626};
static dy_ynode n627 = {DY_Y_SEQ, {298, 37}, NULL, 0, 0, NULL, v627, 2, 2};
static dy_ynode *k628[] = {&n616};
static dy_ynode *v628[] = {&n627};
static dy_ynode n628 = {DY_Y_MAP, {298, 31}, NULL, 0, 0, k628, v628, 1, 1};
static dy_ynode *v629[] = {&n615, &n628};
static dy_ynode n629 = {DY_Y_SEQ, {298, 17}, NULL, 0, 0, NULL, v629, 2, 2};
static dy_ynode *k630[] = {&n612};
static dy_ynode *v630[] = {&n629};
static dy_ynode n630 = {DY_Y_MAP, {298, 11}, NULL, 0, 0, k630, v630, 1, 1};
static dy_ynode n631 = {DY_Y_SCALAR, {299, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n632 = {DY_Y_SCALAR, {299, 13}, (char *)"url", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n633 = {DY_Y_SCALAR, {300, 5}, (char *)"schemes", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n634 = {DY_Y_SCALAR, {300, 15}, (char *)"https", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *v635[] = {&n634};
static dy_ynode n635 = {DY_Y_SEQ, {300, 14}, NULL, 0, 0, NULL, v635, 1, 1};
static dy_ynode n636 = {DY_Y_SCALAR, {301, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n637 = {DY_Y_SCALAR, {301, 11}, (char *)"The identity provider's issuer, e.g. https://login.example.com/", 63, 0, NULL, NULL, 0, 0};
static dy_ynode *k638[] = {&n609, &n611, &n631, &n633, &n636};
static dy_ynode *v638[] = {&n610, &n630, &n632, &n635, &n637};
static dy_ynode n638 = {DY_Y_MAP, {297, 5}, NULL, 0, 0, k638, v638, 5, 5};
static dy_ynode n639 = {DY_Y_SCALAR, {303, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n640 = {DY_Y_SCALAR, {303, 10}, (char *)"SSO_SAML_IDP_METADATA_URL", 25, 1, NULL, NULL, 0, 0};
static dy_ynode n641 = {DY_Y_SCALAR, {304, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n642 = {DY_Y_SCALAR, {304, 12}, (char *)"all", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n643 = {DY_Y_SCALAR, {304, 19}, (char *)"flag", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n644 = {DY_Y_SCALAR, {304, 25}, (char *)"sso", 3, 1, NULL, NULL, 0, 0};
static dy_ynode *k645[] = {&n643};
static dy_ynode *v645[] = {&n644};
static dy_ynode n645 = {DY_Y_MAP, {304, 18}, NULL, 0, 0, k645, v645, 1, 1};
static dy_ynode n646 = {DY_Y_SCALAR, {304, 32}, (char *)"var", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n647 = {DY_Y_SCALAR, {304, 37}, (char *)"SSO_PROTOCOL", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n648 = {DY_Y_SCALAR, {304, 51}, (char *)"equals", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n649 = {DY_Y_SCALAR, {304, 59}, (char *)"saml", 4, 1, NULL, NULL, 0, 0};
static dy_ynode *k650[] = {&n646, &n648};
static dy_ynode *v650[] = {&n647, &n649};
static dy_ynode n650 = {DY_Y_MAP, {304, 31}, NULL, 0, 0, k650, v650, 2, 2};
static dy_ynode *v651[] = {&n645, &n650};
static dy_ynode n651 = {DY_Y_SEQ, {304, 17}, NULL, 0, 0, NULL, v651, 2, 2};
static dy_ynode *k652[] = {&n642};
static dy_ynode *v652[] = {&n651};
static dy_ynode n652 = {DY_Y_MAP, {304, 11}, NULL, 0, 0, k652, v652, 1, 1};
static dy_ynode n653 = {DY_Y_SCALAR, {305, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n654 = {DY_Y_SCALAR, {305, 13}, (char *)"url", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n655 = {DY_Y_SCALAR, {306, 5}, (char *)"schemes", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n656 = {DY_Y_SCALAR, {306, 15}, (char *)"https", 5, 1, NULL, NULL, 0, 0};
static dy_ynode *v657[] = {&n656};
static dy_ynode n657 = {DY_Y_SEQ, {306, 14}, NULL, 0, 0, NULL, v657, 1, 1};
static dy_ynode n658 = {DY_Y_SCALAR, {307, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n659 = {DY_Y_SCALAR, {307, 11}, (char *)"The identity provider's SAML metadata URL, e.g. https://idp.example.com/"
    "saml/metadata", 85, 0, NULL, NULL, 0, 0};
static dy_ynode *k660[] = {&n639, &n641, &n653, &n655, &n658};
static dy_ynode *v660[] = {&n640, &n652, &n654, &n657, &n659};
static dy_ynode n660 = {DY_Y_MAP, {303, 5}, NULL, 0, 0, k660, v660, 5, 5};
static dy_ynode n661 = {DY_Y_SCALAR, {311, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n662 = {DY_Y_SCALAR, {311, 10}, (char *)"SSO_SAML_SP_PRIVATE_KEY", 23, 1, NULL, NULL, 0, 0};
static dy_ynode n663 = {DY_Y_SCALAR, {312, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n664 = {DY_Y_SCALAR, {312, 12}, (char *)"all", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n665 = {DY_Y_SCALAR, {312, 19}, (char *)"flag", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n666 = {DY_Y_SCALAR, {312, 25}, (char *)"sso", 3, 1, NULL, NULL, 0, 0};
static dy_ynode *k667[] = {&n665};
static dy_ynode *v667[] = {&n666};
static dy_ynode n667 = {DY_Y_MAP, {312, 18}, NULL, 0, 0, k667, v667, 1, 1};
static dy_ynode n668 = {DY_Y_SCALAR, {312, 32}, (char *)"var", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n669 = {DY_Y_SCALAR, {312, 37}, (char *)"SSO_PROTOCOL", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n670 = {DY_Y_SCALAR, {312, 51}, (char *)"equals", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n671 = {DY_Y_SCALAR, {312, 59}, (char *)"saml", 4, 1, NULL, NULL, 0, 0};
static dy_ynode *k672[] = {&n668, &n670};
static dy_ynode *v672[] = {&n669, &n671};
static dy_ynode n672 = {DY_Y_MAP, {312, 31}, NULL, 0, 0, k672, v672, 2, 2};
static dy_ynode *v673[] = {&n667, &n672};
static dy_ynode n673 = {DY_Y_SEQ, {312, 17}, NULL, 0, 0, NULL, v673, 2, 2};
static dy_ynode *k674[] = {&n664};
static dy_ynode *v674[] = {&n673};
static dy_ynode n674 = {DY_Y_MAP, {312, 11}, NULL, 0, 0, k674, v674, 1, 1};
static dy_ynode n675 = {DY_Y_SCALAR, {313, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n676 = {DY_Y_SCALAR, {313, 13}, (char *)"pem_private_key", 15, 1, NULL, NULL, 0, 0};
static dy_ynode n677 = {DY_Y_SCALAR, {314, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n678 = {DY_Y_SCALAR, {314, 11}, (char *)"The service provider's unencrypted signing key, e.g. from: openssl genpk"
    "ey -algorithm RSA -pkeyopt rsa_keygen_bits:3072 -out sp-key.pem (then SS"
    "O_SAML_SP_PRIVATE_KEY_FILE=sp-key.pem)", 182, 0, NULL, NULL, 0, 0};
static dy_ynode *k679[] = {&n661, &n663, &n675, &n677};
static dy_ynode *v679[] = {&n662, &n674, &n676, &n678};
static dy_ynode n679 = {DY_Y_MAP, {311, 5}, NULL, 0, 0, k679, v679, 4, 4};
static dy_ynode n680 = {DY_Y_SCALAR, {316, 5}, (char *)"key", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n681 = {DY_Y_SCALAR, {316, 10}, (char *)"SSO_SAML_SP_CERTIFICATE", 23, 1, NULL, NULL, 0, 0};
static dy_ynode n682 = {DY_Y_SCALAR, {317, 5}, (char *)"when", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n683 = {DY_Y_SCALAR, {317, 12}, (char *)"all", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n684 = {DY_Y_SCALAR, {317, 19}, (char *)"flag", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n685 = {DY_Y_SCALAR, {317, 25}, (char *)"sso", 3, 1, NULL, NULL, 0, 0};
static dy_ynode *k686[] = {&n684};
static dy_ynode *v686[] = {&n685};
static dy_ynode n686 = {DY_Y_MAP, {317, 18}, NULL, 0, 0, k686, v686, 1, 1};
static dy_ynode n687 = {DY_Y_SCALAR, {317, 32}, (char *)"var", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n688 = {DY_Y_SCALAR, {317, 37}, (char *)"SSO_PROTOCOL", 12, 1, NULL, NULL, 0, 0};
static dy_ynode n689 = {DY_Y_SCALAR, {317, 51}, (char *)"equals", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n690 = {DY_Y_SCALAR, {317, 59}, (char *)"saml", 4, 1, NULL, NULL, 0, 0};
static dy_ynode *k691[] = {&n687, &n689};
static dy_ynode *v691[] = {&n688, &n690};
static dy_ynode n691 = {DY_Y_MAP, {317, 31}, NULL, 0, 0, k691, v691, 2, 2};
static dy_ynode *v692[] = {&n686, &n691};
static dy_ynode n692 = {DY_Y_SEQ, {317, 17}, NULL, 0, 0, NULL, v692, 2, 2};
static dy_ynode *k693[] = {&n683};
static dy_ynode *v693[] = {&n692};
static dy_ynode n693 = {DY_Y_MAP, {317, 11}, NULL, 0, 0, k693, v693, 1, 1};
static dy_ynode n694 = {DY_Y_SCALAR, {318, 5}, (char *)"format", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n695 = {DY_Y_SCALAR, {318, 13}, (char *)"pem_certificate", 15, 1, NULL, NULL, 0, 0};
static dy_ynode n696 = {DY_Y_SCALAR, {319, 5}, (char *)"hint", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n697 = {DY_Y_SCALAR, {319, 11}, (char *)"The certificate of that key, e.g. from: openssl req -new -x509 -key sp-k"
    "ey.pem -days 730 -subj /CN=sp.example.com -out sp-cert.pem", 130, 0, NULL, NULL, 0, 0};
static dy_ynode *k698[] = {&n680, &n682, &n694, &n696};
static dy_ynode *v698[] = {&n681, &n693, &n695, &n697};
static dy_ynode n698 = {DY_Y_MAP, {316, 5}, NULL, 0, 0, k698, v698, 4, 4};
static dy_ynode *v699[] = {&n511, &n518, &n527, &n540, &n551, &n560, &n583, &n608, &n638, &n660, &n679, &n698};
static dy_ynode n699 = {DY_Y_SEQ, {259, 3}, NULL, 0, 0, NULL, v699, 12, 12};
static dy_ynode n700 = {DY_Y_SCALAR, {322, 1}, (char *)"distinct", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n701 = {DY_Y_SCALAR, {323, 5}, (char *)"id", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n702 = {DY_Y_SCALAR, {323, 9}, (char *)"secrets-distinct", 16, 1, NULL, NULL, 0, 0};
static dy_ynode n703 = {DY_Y_SCALAR, {324, 5}, (char *)"keys", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n704 = {DY_Y_SCALAR, {324, 12}, (char *)"SECRET_KEY", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n705 = {DY_Y_SCALAR, {324, 24}, (char *)"INTEGRATION_ENCRYPTION_KEY", 26, 1, NULL, NULL, 0, 0};
static dy_ynode *v706[] = {&n704, &n705};
static dy_ynode n706 = {DY_Y_SEQ, {324, 11}, NULL, 0, 0, NULL, v706, 2, 2};
static dy_ynode *k707[] = {&n701, &n703};
static dy_ynode *v707[] = {&n702, &n706};
static dy_ynode n707 = {DY_Y_MAP, {323, 5}, NULL, 0, 0, k707, v707, 2, 2};
static dy_ynode *v708[] = {&n707};
static dy_ynode n708 = {DY_Y_SEQ, {323, 3}, NULL, 0, 0, NULL, v708, 1, 1};
static dy_ynode n709 = {DY_Y_SCALAR, {326, 1}, (char *)"waivers", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n710 = {DY_Y_SEQ, {326, 10}, NULL, 0, 0, NULL, NULL, 0, 0};
static dy_ynode n711 = {DY_Y_SCALAR, {330, 1}, (char *)"billing", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n712 = {DY_Y_SCALAR, {331, 3}, (char *)"enforcement", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n713 = {DY_Y_SCALAR, {331, 16}, (char *)"strict", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n714 = {DY_Y_SCALAR, {332, 3}, (char *)"env", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n715 = {DY_Y_SCALAR, {332, 8}, (char *)"BILLING_ENFORCEMENT", 19, 1, NULL, NULL, 0, 0};
static dy_ynode *k716[] = {&n712, &n714};
static dy_ynode *v716[] = {&n713, &n715};
static dy_ynode n716 = {DY_Y_MAP, {331, 3}, NULL, 0, 0, k716, v716, 2, 2};
static dy_ynode n717 = {DY_Y_SCALAR, {335, 1}, (char *)"features", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n718 = {DY_Y_SCALAR, {335, 12}, (char *)"exports", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n719 = {DY_Y_SCALAR, {335, 21}, (char *)"audit_log", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n720 = {DY_Y_SCALAR, {335, 32}, (char *)"sso", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n721 = {DY_Y_SCALAR, {335, 37}, (char *)"zero_trust", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n722 = {DY_Y_SCALAR, {335, 49}, (char *)"support_view_as", 15, 1, NULL, NULL, 0, 0};
static dy_ynode *v723[] = {&n718, &n719, &n720, &n721, &n722};
static dy_ynode n723 = {DY_Y_SEQ, {335, 11}, NULL, 0, 0, NULL, v723, 5, 5};
static dy_ynode n724 = {DY_Y_SCALAR, {340, 1}, (char *)"plans", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n725 = {DY_Y_SCALAR, {341, 5}, (char *)"name", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n726 = {DY_Y_SCALAR, {341, 11}, (char *)"free", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n727 = {DY_Y_SCALAR, {342, 5}, (char *)"limits", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n728 = {DY_Y_SCALAR, {343, 7}, (char *)"ingest", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n729 = {DY_Y_SCALAR, {343, 16}, (char *)"rpm", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n730 = {DY_Y_SCALAR, {343, 21}, (char *)"600", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n731 = {DY_Y_SCALAR, {343, 26}, (char *)"burst", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n732 = {DY_Y_SCALAR, {343, 33}, (char *)"100", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n733 = {DY_Y_SCALAR, {343, 38}, (char *)"quota", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n734 = {DY_Y_SCALAR, {343, 45}, (char *)"monthly_events", 14, 1, NULL, NULL, 0, 0};
static dy_ynode *k735[] = {&n729, &n731, &n733};
static dy_ynode *v735[] = {&n730, &n732, &n734};
static dy_ynode n735 = {DY_Y_MAP, {343, 15}, NULL, 0, 0, k735, v735, 3, 3};
static dy_ynode n736 = {DY_Y_SCALAR, {344, 7}, (char *)"api", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n737 = {DY_Y_SCALAR, {344, 13}, (char *)"rpm", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n738 = {DY_Y_SCALAR, {344, 18}, (char *)"120", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n739 = {DY_Y_SCALAR, {344, 23}, (char *)"burst", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n740 = {DY_Y_SCALAR, {344, 30}, (char *)"20", 2, 1, NULL, NULL, 0, 0};
static dy_ynode *k741[] = {&n737, &n739};
static dy_ynode *v741[] = {&n738, &n740};
static dy_ynode n741 = {DY_Y_MAP, {344, 12}, NULL, 0, 0, k741, v741, 2, 2};
static dy_ynode *k742[] = {&n728, &n736};
static dy_ynode *v742[] = {&n735, &n741};
static dy_ynode n742 = {DY_Y_MAP, {343, 7}, NULL, 0, 0, k742, v742, 2, 2};
static dy_ynode n743 = {DY_Y_SCALAR, {345, 5}, (char *)"quotas", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n744 = {DY_Y_SCALAR, {345, 14}, (char *)"monthly_events", 14, 1, NULL, NULL, 0, 0};
static dy_ynode n745 = {DY_Y_SCALAR, {345, 30}, (char *)"100000", 6, 1, NULL, NULL, 0, 0};
static dy_ynode *k746[] = {&n744};
static dy_ynode *v746[] = {&n745};
static dy_ynode n746 = {DY_Y_MAP, {345, 13}, NULL, 0, 0, k746, v746, 1, 1};
static dy_ynode n747 = {DY_Y_SCALAR, {346, 5}, (char *)"features", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n748 = {DY_Y_SEQ, {346, 15}, NULL, 0, 0, NULL, NULL, 0, 0};
static dy_ynode *k749[] = {&n725, &n727, &n743, &n747};
static dy_ynode *v749[] = {&n726, &n742, &n746, &n748};
static dy_ynode n749 = {DY_Y_MAP, {341, 5}, NULL, 0, 0, k749, v749, 4, 4};
static dy_ynode n750 = {DY_Y_SCALAR, {348, 5}, (char *)"name", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n751 = {DY_Y_SCALAR, {348, 11}, (char *)"pro", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n752 = {DY_Y_SCALAR, {349, 5}, (char *)"limits", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n753 = {DY_Y_SCALAR, {350, 7}, (char *)"ingest", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n754 = {DY_Y_SCALAR, {350, 16}, (char *)"rpm", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n755 = {DY_Y_SCALAR, {350, 21}, (char *)"3000", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n756 = {DY_Y_SCALAR, {350, 27}, (char *)"burst", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n757 = {DY_Y_SCALAR, {350, 34}, (char *)"500", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n758 = {DY_Y_SCALAR, {350, 39}, (char *)"quota", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n759 = {DY_Y_SCALAR, {350, 46}, (char *)"monthly_events", 14, 1, NULL, NULL, 0, 0};
static dy_ynode *k760[] = {&n754, &n756, &n758};
static dy_ynode *v760[] = {&n755, &n757, &n759};
static dy_ynode n760 = {DY_Y_MAP, {350, 15}, NULL, 0, 0, k760, v760, 3, 3};
static dy_ynode n761 = {DY_Y_SCALAR, {351, 7}, (char *)"api", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n762 = {DY_Y_SCALAR, {351, 13}, (char *)"rpm", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n763 = {DY_Y_SCALAR, {351, 18}, (char *)"600", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n764 = {DY_Y_SCALAR, {351, 23}, (char *)"burst", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n765 = {DY_Y_SCALAR, {351, 30}, (char *)"100", 3, 1, NULL, NULL, 0, 0};
static dy_ynode *k766[] = {&n762, &n764};
static dy_ynode *v766[] = {&n763, &n765};
static dy_ynode n766 = {DY_Y_MAP, {351, 12}, NULL, 0, 0, k766, v766, 2, 2};
static dy_ynode *k767[] = {&n753, &n761};
static dy_ynode *v767[] = {&n760, &n766};
static dy_ynode n767 = {DY_Y_MAP, {350, 7}, NULL, 0, 0, k767, v767, 2, 2};
static dy_ynode n768 = {DY_Y_SCALAR, {352, 5}, (char *)"quotas", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n769 = {DY_Y_SCALAR, {352, 14}, (char *)"monthly_events", 14, 1, NULL, NULL, 0, 0};
static dy_ynode n770 = {DY_Y_SCALAR, {352, 30}, (char *)"2000000", 7, 1, NULL, NULL, 0, 0};
static dy_ynode *k771[] = {&n769};
static dy_ynode *v771[] = {&n770};
static dy_ynode n771 = {DY_Y_MAP, {352, 13}, NULL, 0, 0, k771, v771, 1, 1};
static dy_ynode n772 = {DY_Y_SCALAR, {353, 5}, (char *)"features", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n773 = {DY_Y_SCALAR, {353, 16}, (char *)"exports", 7, 1, NULL, NULL, 0, 0};
static dy_ynode *v774[] = {&n773};
static dy_ynode n774 = {DY_Y_SEQ, {353, 15}, NULL, 0, 0, NULL, v774, 1, 1};
static dy_ynode *k775[] = {&n750, &n752, &n768, &n772};
static dy_ynode *v775[] = {&n751, &n767, &n771, &n774};
static dy_ynode n775 = {DY_Y_MAP, {348, 5}, NULL, 0, 0, k775, v775, 4, 4};
static dy_ynode n776 = {DY_Y_SCALAR, {355, 5}, (char *)"name", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n777 = {DY_Y_SCALAR, {355, 11}, (char *)"business", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n778 = {DY_Y_SCALAR, {356, 5}, (char *)"limits", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n779 = {DY_Y_SCALAR, {357, 7}, (char *)"ingest", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n780 = {DY_Y_SCALAR, {357, 16}, (char *)"rpm", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n781 = {DY_Y_SCALAR, {357, 21}, (char *)"15000", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n782 = {DY_Y_SCALAR, {357, 28}, (char *)"burst", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n783 = {DY_Y_SCALAR, {357, 35}, (char *)"2500", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n784 = {DY_Y_SCALAR, {357, 41}, (char *)"quota", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n785 = {DY_Y_SCALAR, {357, 48}, (char *)"monthly_events", 14, 1, NULL, NULL, 0, 0};
static dy_ynode *k786[] = {&n780, &n782, &n784};
static dy_ynode *v786[] = {&n781, &n783, &n785};
static dy_ynode n786 = {DY_Y_MAP, {357, 15}, NULL, 0, 0, k786, v786, 3, 3};
static dy_ynode n787 = {DY_Y_SCALAR, {358, 7}, (char *)"api", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n788 = {DY_Y_SCALAR, {358, 13}, (char *)"rpm", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n789 = {DY_Y_SCALAR, {358, 18}, (char *)"3000", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n790 = {DY_Y_SCALAR, {358, 24}, (char *)"burst", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n791 = {DY_Y_SCALAR, {358, 31}, (char *)"500", 3, 1, NULL, NULL, 0, 0};
static dy_ynode *k792[] = {&n788, &n790};
static dy_ynode *v792[] = {&n789, &n791};
static dy_ynode n792 = {DY_Y_MAP, {358, 12}, NULL, 0, 0, k792, v792, 2, 2};
static dy_ynode *k793[] = {&n779, &n787};
static dy_ynode *v793[] = {&n786, &n792};
static dy_ynode n793 = {DY_Y_MAP, {357, 7}, NULL, 0, 0, k793, v793, 2, 2};
static dy_ynode n794 = {DY_Y_SCALAR, {359, 5}, (char *)"quotas", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n795 = {DY_Y_SCALAR, {359, 14}, (char *)"monthly_events", 14, 1, NULL, NULL, 0, 0};
static dy_ynode n796 = {DY_Y_SCALAR, {359, 30}, (char *)"20000000", 8, 1, NULL, NULL, 0, 0};
static dy_ynode *k797[] = {&n795};
static dy_ynode *v797[] = {&n796};
static dy_ynode n797 = {DY_Y_MAP, {359, 13}, NULL, 0, 0, k797, v797, 1, 1};
static dy_ynode n798 = {DY_Y_SCALAR, {360, 5}, (char *)"features", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n799 = {DY_Y_SCALAR, {360, 16}, (char *)"exports", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n800 = {DY_Y_SCALAR, {360, 25}, (char *)"audit_log", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n801 = {DY_Y_SCALAR, {360, 36}, (char *)"sso", 3, 1, NULL, NULL, 0, 0};
static dy_ynode *v802[] = {&n799, &n800, &n801};
static dy_ynode n802 = {DY_Y_SEQ, {360, 15}, NULL, 0, 0, NULL, v802, 3, 3};
static dy_ynode *k803[] = {&n776, &n778, &n794, &n798};
static dy_ynode *v803[] = {&n777, &n793, &n797, &n802};
static dy_ynode n803 = {DY_Y_MAP, {355, 5}, NULL, 0, 0, k803, v803, 4, 4};
static dy_ynode n804 = {DY_Y_SCALAR, {362, 5}, (char *)"name", 4, 1, NULL, NULL, 0, 0};
static dy_ynode n805 = {DY_Y_SCALAR, {362, 11}, (char *)"enterprise", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n806 = {DY_Y_SCALAR, {363, 5}, (char *)"limits", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n807 = {DY_Y_SCALAR, {364, 7}, (char *)"ingest", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n808 = {DY_Y_SCALAR, {364, 16}, (char *)"rpm", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n809 = {DY_Y_SCALAR, {364, 21}, (char *)"60000", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n810 = {DY_Y_SCALAR, {364, 28}, (char *)"burst", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n811 = {DY_Y_SCALAR, {364, 35}, (char *)"10000", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n812 = {DY_Y_SCALAR, {364, 42}, (char *)"quota", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n813 = {DY_Y_SCALAR, {364, 49}, (char *)"monthly_events", 14, 1, NULL, NULL, 0, 0};
static dy_ynode *k814[] = {&n808, &n810, &n812};
static dy_ynode *v814[] = {&n809, &n811, &n813};
static dy_ynode n814 = {DY_Y_MAP, {364, 15}, NULL, 0, 0, k814, v814, 3, 3};
static dy_ynode n815 = {DY_Y_SCALAR, {365, 7}, (char *)"api", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n816 = {DY_Y_SCALAR, {365, 13}, (char *)"rpm", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n817 = {DY_Y_SCALAR, {365, 18}, (char *)"12000", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n818 = {DY_Y_SCALAR, {365, 25}, (char *)"burst", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n819 = {DY_Y_SCALAR, {365, 32}, (char *)"2000", 4, 1, NULL, NULL, 0, 0};
static dy_ynode *k820[] = {&n816, &n818};
static dy_ynode *v820[] = {&n817, &n819};
static dy_ynode n820 = {DY_Y_MAP, {365, 12}, NULL, 0, 0, k820, v820, 2, 2};
static dy_ynode *k821[] = {&n807, &n815};
static dy_ynode *v821[] = {&n814, &n820};
static dy_ynode n821 = {DY_Y_MAP, {364, 7}, NULL, 0, 0, k821, v821, 2, 2};
static dy_ynode n822 = {DY_Y_SCALAR, {366, 5}, (char *)"quotas", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n823 = {DY_Y_SCALAR, {366, 14}, (char *)"monthly_events", 14, 1, NULL, NULL, 0, 0};
static dy_ynode n824 = {DY_Y_SCALAR, {366, 30}, (char *)"500000000", 9, 1, NULL, NULL, 0, 0};
static dy_ynode *k825[] = {&n823};
static dy_ynode *v825[] = {&n824};
static dy_ynode n825 = {DY_Y_MAP, {366, 13}, NULL, 0, 0, k825, v825, 1, 1};
static dy_ynode n826 = {DY_Y_SCALAR, {367, 5}, (char *)"features", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n827 = {DY_Y_SCALAR, {367, 16}, (char *)"exports", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n828 = {DY_Y_SCALAR, {367, 25}, (char *)"audit_log", 9, 1, NULL, NULL, 0, 0};
static dy_ynode n829 = {DY_Y_SCALAR, {367, 36}, (char *)"sso", 3, 1, NULL, NULL, 0, 0};
static dy_ynode n830 = {DY_Y_SCALAR, {367, 41}, (char *)"zero_trust", 10, 1, NULL, NULL, 0, 0};
static dy_ynode n831 = {DY_Y_SCALAR, {367, 53}, (char *)"support_view_as", 15, 1, NULL, NULL, 0, 0};
static dy_ynode *v832[] = {&n827, &n828, &n829, &n830, &n831};
static dy_ynode n832 = {DY_Y_SEQ, {367, 15}, NULL, 0, 0, NULL, v832, 5, 5};
static dy_ynode *k833[] = {&n804, &n806, &n822, &n826};
static dy_ynode *v833[] = {&n805, &n821, &n825, &n832};
static dy_ynode n833 = {DY_Y_MAP, {362, 5}, NULL, 0, 0, k833, v833, 4, 4};
static dy_ynode *v834[] = {&n749, &n775, &n803, &n833};
static dy_ynode n834 = {DY_Y_SEQ, {341, 3}, NULL, 0, 0, NULL, v834, 4, 4};
static dy_ynode n835 = {DY_Y_SCALAR, {372, 1}, (char *)"support", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n836 = {DY_Y_SCALAR, {373, 3}, (char *)"reason_min_length", 17, 1, NULL, NULL, 0, 0};
static dy_ynode n837 = {DY_Y_SCALAR, {373, 22}, (char *)"20", 2, 1, NULL, NULL, 0, 0};
static dy_ynode n838 = {DY_Y_SCALAR, {374, 3}, (char *)"ticket", 6, 1, NULL, NULL, 0, 0};
static dy_ynode n839 = {DY_Y_SCALAR, {374, 11}, (char *)"^(SUP|INC)-[0-9]+$", 18, 0, NULL, NULL, 0, 0};
static dy_ynode n840 = {DY_Y_SCALAR, {375, 3}, (char *)"roles", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n841 = {DY_Y_SCALAR, {376, 5}, (char *)"support", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n842 = {DY_Y_SCALAR, {376, 15}, (char *)"actions", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n843 = {DY_Y_SCALAR, {376, 25}, (char *)"view_as", 7, 1, NULL, NULL, 0, 0};
static dy_ynode *v844[] = {&n843};
static dy_ynode n844 = {DY_Y_SEQ, {376, 24}, NULL, 0, 0, NULL, v844, 1, 1};
static dy_ynode n845 = {DY_Y_SCALAR, {376, 35}, (char *)"max_minutes", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n846 = {DY_Y_SCALAR, {376, 48}, (char *)"60", 2, 1, NULL, NULL, 0, 0};
static dy_ynode *k847[] = {&n842, &n845};
static dy_ynode *v847[] = {&n844, &n846};
static dy_ynode n847 = {DY_Y_MAP, {376, 14}, NULL, 0, 0, k847, v847, 2, 2};
static dy_ynode n848 = {DY_Y_SCALAR, {377, 5}, (char *)"engineer", 8, 1, NULL, NULL, 0, 0};
static dy_ynode n849 = {DY_Y_SCALAR, {377, 16}, (char *)"actions", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n850 = {DY_Y_SCALAR, {377, 26}, (char *)"view_as", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n851 = {DY_Y_SCALAR, {377, 35}, (char *)"limit_reset", 11, 1, NULL, NULL, 0, 0};
static dy_ynode *v852[] = {&n850, &n851};
static dy_ynode n852 = {DY_Y_SEQ, {377, 25}, NULL, 0, 0, NULL, v852, 2, 2};
static dy_ynode n853 = {DY_Y_SCALAR, {377, 49}, (char *)"max_minutes", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n854 = {DY_Y_SCALAR, {377, 62}, (char *)"60", 2, 1, NULL, NULL, 0, 0};
static dy_ynode *k855[] = {&n849, &n853};
static dy_ynode *v855[] = {&n852, &n854};
static dy_ynode n855 = {DY_Y_MAP, {377, 15}, NULL, 0, 0, k855, v855, 2, 2};
static dy_ynode n856 = {DY_Y_SCALAR, {378, 5}, (char *)"admin", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n857 = {DY_Y_SCALAR, {378, 13}, (char *)"actions", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n858 = {DY_Y_SCALAR, {378, 23}, (char *)"view_as", 7, 1, NULL, NULL, 0, 0};
static dy_ynode n859 = {DY_Y_SCALAR, {378, 32}, (char *)"admin", 5, 1, NULL, NULL, 0, 0};
static dy_ynode n860 = {DY_Y_SCALAR, {378, 39}, (char *)"limit_reset", 11, 1, NULL, NULL, 0, 0};
static dy_ynode *v861[] = {&n858, &n859, &n860};
static dy_ynode n861 = {DY_Y_SEQ, {378, 22}, NULL, 0, 0, NULL, v861, 3, 3};
static dy_ynode n862 = {DY_Y_SCALAR, {378, 53}, (char *)"max_minutes", 11, 1, NULL, NULL, 0, 0};
static dy_ynode n863 = {DY_Y_SCALAR, {378, 66}, (char *)"30", 2, 1, NULL, NULL, 0, 0};
static dy_ynode *k864[] = {&n857, &n862};
static dy_ynode *v864[] = {&n861, &n863};
static dy_ynode n864 = {DY_Y_MAP, {378, 12}, NULL, 0, 0, k864, v864, 2, 2};
static dy_ynode *k865[] = {&n841, &n848, &n856};
static dy_ynode *v865[] = {&n847, &n855, &n864};
static dy_ynode n865 = {DY_Y_MAP, {376, 5}, NULL, 0, 0, k865, v865, 3, 3};
static dy_ynode *k866[] = {&n836, &n838, &n840};
static dy_ynode *v866[] = {&n837, &n839, &n865};
static dy_ynode n866 = {DY_Y_MAP, {373, 3}, NULL, 0, 0, k866, v866, 3, 3};
static dy_ynode *k867[] = {&n0, &n2, &n60, &n81, &n502, &n700, &n709, &n711, &n717, &n724, &n835};
static dy_ynode *v867[] = {&n1, &n59, &n80, &n501, &n699, &n708, &n710, &n716, &n723, &n834, &n866};
static dy_ynode n867 = {DY_Y_MAP, {8, 1}, NULL, 0, 0, k867, v867, 11, 11};

dy_ynode *const dy_default_policy_tree = &n867;

const char dy_default_policy_tree_source[] =
    "# yaml-language-server: $schema=https://raw.githubusercontent.com/libday"
    "one/libdayone/main/docs/policy.schema.json\012"
    "# The default libdayone policy: the Day-1 Ops Playbook as checks.\012"
    "#\012"
    "# Compiled into the library (dayone_policy_load_default, `dayone check`\012"
    "# without --policy). Copy it as a starting point for your own policy; ev"
    "ery\012"
    "# key is described in docs/policy.md. Tests rely on the flag names, rule"
    " ids,\012"
    "# secrets and plan names below: change them only together with the tests"
    ".\012"
    "version: 1\012"
    "\012"
    "# Feature flags: named booleans read from environment variables. A flag\012"
    "# variable that is set to something other than a boolean\012"
    "# (true/false/1/0/yes/no/on/off) is reported as flag-not-boolean.\012"
    "flags:\012"
    "  launch_mode:\012"
    "    env: LAUNCH_MODE\012"
    "    default: false\012"
    "    description: \042Production launch posture: no demo behaviour, stric"
    "t billing.\042\012"
    "  billing:\012"
    "    env: BILLING_ENABLED\012"
    "    default: false\012"
    "    description: \042Stripe billing is on: Stripe secrets become require"
    "d.\042\012"
    "  zero_trust:\012"
    "    env: ZERO_TRUST_ENABLED\012"
    "    default: false\012"
    "    description: \042Zero Trust mode: its API key becomes required.\042\012"
    "  sso:\012"
    "    env: SSO_ENABLED\012"
    "    default: false\012"
    "    description: \042Single sign-on: the secrets of SSO_PROTOCOL (oidc o"
    "r saml) become required.\042\012"
    "  security_headers:\012"
    "    env: SECURITY_HEADERS_ENABLED\012"
    "    default: false\012"
    "    description: \042HTTP security headers (HSTS, CSP, ...).\042\012"
    "  demo_seed:\012"
    "    env: DEMO_SEED_ENABLED\012"
    "    default: false\012"
    "    description: \042Seeds demo tenants at start-up. Never in launch mod"
    "e.\042\012"
    "  demo_data:\012"
    "    env: DEMO_DATA_ENABLED\012"
    "    default: false\012"
    "    description: \042Includes demo data in responses. Never in launch mo"
    "de.\042\012"
    "\012"
    "# Which variable names the deployment environment, and what counts as\012"
    "# production. A value that is not exactly one of `values` is an\012"
    "# environment-unknown error (\042did you mean production\077\042); one t"
    "hat merely\012"
    "# looks like production (any case, blanks around it, or a production_lik"
    "e\012"
    "# spelling: prod, prd, live, prod-eu, ...) also counts as production, so"
    " every\012"
    "# production rule below applies to it. Unset is allowed outside launch m"
    "ode\012"
    "# (a developer machine). launch_flag is the flag that turns launch mode "
    "on;\012"
    "# production turns it on too.\012"
    "environment:\012"
    "  env: ENVIRONMENT\012"
    "  values: [production, staging, development, test, preview]\012"
    "  production: production\012"
    "  production_like: [prod, prd, live, \042prod-*\042]\012"
    "  launch_flag: launch_mode\012"
    "\012"
    "# Launch mode posture (playbook: \042Launch mode posture\042).\012"
    "posture:\012"
    "  - id: production-requires-launch-mode\012"
    "    key: LAUNCH_MODE\012"
    "    when: {var: ENVIRONMENT, equals: production}\012"
    "    is: true\012"
    "    hint: \042Set LAUNCH_MODE=true in production.\042\012"
    "\012"
    "  - id: launch-requires-production\012"
    "    key: ENVIRONMENT\012"
    "    when: {flag: launch_mode}\012"
    "    equals: production\012"
    "    hint: \042Launch mode is for production: set ENVIRONMENT=production."
    "\042\012"
    "\012"
    "  - id: launch-requires-security-headers\012"
    "    key: SECURITY_HEADERS_ENABLED\012"
    "    when: {flag: launch_mode}\012"
    "    is: true\012"
    "    hint: \042Set SECURITY_HEADERS_ENABLED=true before launch.\042\012"
    "\012"
    "  - id: launch-disables-demo-seed\012"
    "    key: DEMO_SEED_ENABLED\012"
    "    when: {flag: launch_mode}\012"
    "    is: false              # unset counts as false\012"
    "    hint: \042Unset DEMO_SEED_ENABLED (or set it to false) in launch mod"
    "e.\042\012"
    "\012"
    "  - id: launch-disables-demo-data\012"
    "    key: DEMO_DATA_ENABLED\012"
    "    when: {flag: launch_mode}\012"
    "    is: false\012"
    "    hint: \042Unset DEMO_DATA_ENABLED (or set it to false) in launch mod"
    "e.\042\012"
    "\012"
    "  - id: launch-requires-strict-billing\012"
    "    key: BILLING_ENFORCEMENT\012"
    "    when: {flag: launch_mode}\012"
    "    equals: strict\012"
    "    hint: \042Set BILLING_ENFORCEMENT=strict: hard limits and paywall ga"
    "ting.\042\012"
    "\012"
    "  - id: billing-enforcement-valid\012"
    "    key: BILLING_ENFORCEMENT\012"
    "    format: enum           # only checked when set\012"
    "    values: [strict, soft, off]\012"
    "    hint: \042BILLING_ENFORCEMENT is one of strict, soft, off.\042\012"
    "\012"
    "  - id: sso-protocol-valid\012"
    "    key: SSO_PROTOCOL\012"
    "    when: {flag: sso}\012"
    "    format: enum           # unset (or blank) means oidc\012"
    "    values: [oidc, saml]\012"
    "    hint: \042Set SSO_PROTOCOL to oidc or saml (unset means oidc).\042\012"
    "\012"
    "# ---- The daily profile (playbook: daily checks, backup and rollback\012"
    "# readiness, contacts, abuse and access review). `dayone check --profile"
    "\012"
    "# daily --facts daily.json` runs these against the facts your backup too"
    "l,\012"
    "# on-call schedule, audit log export and limiter hand over\012"
    "# (examples/ops/daily.json; docs/daily.md). A service's start-up never r"
    "uns\012"
    "# them. Every fact name, threshold and window below is policy data: copy"
    "\012"
    "# the policy and change them.\012"
    "  - id: daily-backup-db-fresh\012"
    "    key: backup.db.last_success_at\012"
    "    profiles: [daily]\012"
    "    max_age: 26h\012"
    "    hint: \042The database backup must have succeeded within 26h: check "
    "the backup job and record its last success.\042\012"
    "\012"
    "  - id: daily-backup-db-completed\012"
    "    key: backup.db.status\012"
    "    profiles: [daily]\012"
    "    equals: completed\012"
    "    hint: \042The last database backup must report completed (not partia"
    "lly failed): check and rerun it.\042\012"
    "\012"
    "  - id: daily-backup-db-retention\012"
    "    key: backup.db.retention_days\012"
    "    profiles: [daily]\012"
    "    format: number\012"
    "    min: 35\012"
    "    severity: warning\012"
    "    hint: \042Keep database backups for at least 35 days.\042\012"
    "\012"
    "  - id: daily-backup-objects-fresh\012"
    "    key: backup.object_storage.last_success_at\012"
    "    profiles: [daily]\012"
    "    max_age: 26h\012"
    "    hint: \042The object storage backup must have succeeded within 26h: "
    "check the backup job and record its last success.\042\012"
    "\012"
    "  - id: daily-backup-objects-completed\012"
    "    key: backup.object_storage.status\012"
    "    profiles: [daily]\012"
    "    equals: completed\012"
    "    hint: \042The last object storage backup must report completed (not "
    "partially failed): check and rerun it.\042\012"
    "\012"
    "  - id: daily-backup-objects-retention\012"
    "    key: backup.object_storage.retention_days\012"
    "    profiles: [daily]\012"
    "    format: number\012"
    "    min: 35\012"
    "    severity: warning\012"
    "    hint: \042Keep object storage backups for at least 35 days.\042\012"
    "\012"
    "  - id: daily-restore-validated\012"
    "    key: backup.restore.validated_at\012"
    "    profiles: [daily]\012"
    "    max_age: 31d\012"
    "    hint: \042Validate the restore procedure (restore a backup somewhere"
    " and check it) once a month.\042\012"
    "\012"
    "  - id: daily-artifact-recorded\012"
    "    key: deploy.last_known_good.artifact\012"
    "    profiles: [daily]\012"
    "    placeholders: true\012"
    "    pattern: \042^sha256:(\077!0{64}$)[0-9a-f]{64}$\042\012"
    "    hint: \042Record the last known good deployment artifact as its dige"
    "st: sha256: and 64 hex digits.\042\012"
    "\012"
    "  - id: daily-artifact-verified\012"
    "    key: deploy.last_known_good.verified\012"
    "    profiles: [daily]\012"
    "    is: true\012"
    "    hint: \042Verify that the last known good artifact can still be pull"
    "ed and matches its digest.\042\012"
    "\012"
    "  - id: daily-contact-oncall-primary\012"
    "    key: contacts.oncall_primary\012"
    "    profiles: [daily]\012"
    "    placeholders: true\012"
    "    differs_from: contacts.oncall_secondary\012"
    "    hint: \042Name the primary on-call (a person, not <fill>), someone o"
    "ther than the secondary.\042\012"
    "\012"
    "  - id: daily-contact-oncall-secondary\012"
    "    key: contacts.oncall_secondary\012"
    "    profiles: [daily]\012"
    "    placeholders: true\012"
    "    hint: \042Name the secondary on-call (a person, not <fill>).\042\012"
    "\012"
    "  - id: daily-contact-status-page-admin\012"
    "    key: contacts.status_page_admin\012"
    "    profiles: [daily]\012"
    "    placeholders: true\012"
    "    hint: \042Name who can publish on the status page.\042\012"
    "\012"
    "  - id: daily-contact-security\012"
    "    key: contacts.security\012"
    "    profiles: [daily]\012"
    "    placeholders: true\012"
    "    hint: \042Name the security contact.\042\012"
    "\012"
    "  - id: daily-banlist-growth\012"
    "    key: abuse.banlist.added_24h\012"
    "    profiles: [daily]\012"
    "    ratio: {of: abuse.banlist.added_24h_baseline, max: 3}\012"
    "    hint: \042Record the IP-hash banlist's growth over the last day and "
    "its usual daily growth; above 3x the usual, review the new bans.\042\012"
    "\012"
    "  - id: daily-audit-reviewed\012"
    "    key: audit.reviewed_at\012"
    "    profiles: [daily]\012"
    "    max_age: 24h\012"
    "    hint: \042Review the audit log for admin and support access every da"
    "y, then record when.\042\012"
    "\012"
    "  # audit.events: the staff access events dayone_access_decide() wrote ("
    "one\012"
    "  # JSON line each), exported for the last day as a list.\012"
    "  - id: daily-audit-reason\012"
    "    key: audit.events\012"
    "    profiles: [daily]\012"
    "    each: {key: reason, placeholders: true, min_length: 20}\012"
    "    hint: \042Every admin or support access needs a real reason (20 char"
    "acters or more): ask the actor and record it.\042\012"
    "\012"
    "  - id: daily-audit-ticket\012"
    "    key: audit.events\012"
    "    profiles: [daily]\012"
    "    each: {key: ticket, pattern: \042^(SUP|INC)-[0-9]+$\042}\012"
    "    hint: \042Every admin or support access needs a ticket (SUP-123 or I"
    "NC-45).\042\012"
    "\012"
    "  - id: daily-audit-hours\012"
    "    key: audit.events\012"
    "    profiles: [daily]\012"
    "    each: {key: time, hours: {from: \04207:00\042, to: \04220:00\042, of"
    "fset: \042+00:00\042}}\012"
    "    hint: \042Staff access belongs within 07:00-20:00 UTC: find out why "
    "it happened outside (an incident has a ticket).\042\012"
    "\012"
    "  - id: daily-audit-actor-volume\012"
    "    key: audit.events\012"
    "    profiles: [daily]\012"
    "    count_by: {key: actor, max: 3, of: audit.actor_baseline}\012"
    "    hint: \042One actor may take at most 3x audit.actor_baseline staff a"
    "ctions a day: review the actions of one above it.\042\012"
    "\012"
    "  # limits.plans: the deployed plans (as in the policy's plans:); limits"
    ".counts,\012"
    "  # when supplied: per plan and limit, what the limiter allowed and deni"
    "ed\012"
    "  # over a window and the most the plan allows in it (rate x minutes + b"
    "urst).\012"
    "  - id: daily-plans-define-ingest\012"
    "    key: limits.plans\012"
    "    profiles: [daily]\012"
    "    min_items: 1\012"
    "    each: {key: limits.ingest}\012"
    "    hint: \042Every plan needs an ingest limit, or its tenants ingest wi"
    "thout one.\042\012"
    "\012"
    "  - id: daily-limits-enforced\012"
    "    key: limits.counts\012"
    "    profiles: [daily]\012"
    "    required: false\012"
    "    each: {key: allowed, ratio: {of: allowance, max: 1}}\012"
    "    hint: \042The limiter must deny what exceeds a plan (allowed at most"
    " the allowance): an excess means the limit is not enforced.\042\012"
    "\012"
    "# Required secrets (playbook: \042Required secrets checklist (fail fast)"
    "\042).\012"
    "# Every secret is required and rejects placeholders (changeme, <fill>, ."
    "..)\012"
    "# unless it says otherwise.\012"
    "secrets:\012"
    "  - key: SECRET_KEY\012"
    "    min_length: 32\012"
    "    min_entropy: 96        # bits, estimated; a random 32-char key has ~"
    "160\012"
    "    hint: \042Generate one with: openssl rand -base64 48\042\012"
    "\012"
    "  - key: DATABASE_URL\012"
    "    format: database_url\012"
    "    hint: \042e.g. postgresql://user@db.internal:5432/app\042\012"
    "\012"
    "  - key: INTEGRATION_ENCRYPTION_KEY\012"
    "    format: key\012"
    "    decoded_bytes: 32\012"
    "    hint: \04232 random bytes, base64 or hex: openssl rand -base64 32\042"
    "\012"
    "\012"
    "  - key: STRIPE_SECRET_KEY\012"
    "    when: {flag: billing}\012"
    "    format: stripe_secret_key\012"
    "    stripe_mode: true      # sk_test_ in launch mode is an error\012"
    "    hint: \042From the Stripe dashboard: Developers > API keys.\042\012"
    "\012"
    "  - key: STRIPE_WEBHOOK_SECRET\012"
    "    when: {flag: billing}\012"
    "    format: stripe_webhook_secret\012"
    "    hint: \042The whsec_... signing secret of the webhook endpoint.\042\012"
    "\012"
    "  - key: ZERO_TRUST_API_KEY\012"
    "    when: {flag: zero_trust}\012"
    "    min_length: 32\012"
    "\012"
    "  # SSO: SSO_PROTOCOL selects which secrets are required - OpenID Connec"
    "t\012"
    "  # (oidc, also when SSO_PROTOCOL is unset or blank) or SAML 2.0 (saml)."
    "\012"
    "  - key: SSO_CLIENT_ID\012"
    "    when: {all: [{flag: sso}, {any: [{var: SSO_PROTOCOL, set: false}, {v"
    "ar: SSO_PROTOCOL, equals: oidc}]}]}\012"
    "\012"
    "  - key: SSO_CLIENT_SECRET\012"
    "    when: {all: [{flag: sso}, {any: [{var: SSO_PROTOCOL, set: false}, {v"
    "ar: SSO_PROTOCOL, equals: oidc}]}]}\012"
    "    min_length: 32\012"
    "\012"
    "  - key: SSO_ISSUER_URL\012"
    "    when: {all: [{flag: sso}, {any: [{var: SSO_PROTOCOL, set: false}, {v"
    "ar: SSO_PROTOCOL, equals: oidc}]}]}\012"
    "    format: url\012"
    "    schemes: [https]\012"
    "    hint: \042The identity provider's issuer, e.g. https://login.example"
    ".com/\042\012"
    "\012"
    "  - key: SSO_SAML_IDP_METADATA_URL\012"
    "    when: {all: [{flag: sso}, {var: SSO_PROTOCOL, equals: saml}]}\012"
    "    format: url\012"
    "    schemes: [https]\012"
    "    hint: \042The identity provider's SAML metadata URL, e.g. https://id"
    "p.example.com/saml/metadata\042\012"
    "\012"
    "  # PEM text with real line breaks (a .env value in double quotes may wr"
    "ite\012"
    "  # them as \134n; or set NAME_FILE to a .pem file).\012"
    "  - key: SSO_SAML_SP_PRIVATE_KEY\012"
    "    when: {all: [{flag: sso}, {var: SSO_PROTOCOL, equals: saml}]}\012"
    "    format: pem_private_key\012"
    "    hint: \042The service provider's unencrypted signing key, e.g. from:"
    " openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:3072 -out sp-ke"
    "y.pem (then SSO_SAML_SP_PRIVATE_KEY_FILE=sp-key.pem)\042\012"
    "\012"
    "  - key: SSO_SAML_SP_CERTIFICATE\012"
    "    when: {all: [{flag: sso}, {var: SSO_PROTOCOL, equals: saml}]}\012"
    "    format: pem_certificate\012"
    "    hint: \042The certificate of that key, e.g. from: openssl req -new -"
    "x509 -key sp-key.pem -days 730 -subj /CN=sp.example.com -out sp-cert.pem"
    "\042\012"
    "\012"
    "# A key reused for two purposes fails both.\012"
    "distinct:\012"
    "  - id: secrets-distinct\012"
    "    keys: [SECRET_KEY, INTEGRATION_ENCRYPTION_KEY]\012"
    "\012"
    "waivers: []\012"
    "\012"
    "# Billing enforcement: strict = quota overage is denied (402), soft = al"
    "lowed\012"
    "# and flagged, off = quotas ignored. BILLING_ENFORCEMENT overrides at ru"
    "n time.\012"
    "billing:\012"
    "  enforcement: strict\012"
    "  env: BILLING_ENFORCEMENT\012"
    "\012"
    "# Paid features, cheapest plan first in `plans`.\012"
    "features: [exports, audit_log, sso, zero_trust, support_view_as]\012"
    "\012"
    "# Plans, cheapest first. `ingest` is the browser ingest endpoint\012"
    "# (/api/v1/ingest/browser), `api` the rest of the API. monthly_events is"
    " the\012"
    "# ingest quota (playbook: \042Confirm ingest RPM limits are enforced per"
    " plan\042).\012"
    "plans:\012"
    "  - name: free\012"
    "    limits:\012"
    "      ingest: {rpm: 600, burst: 100, quota: monthly_events}\012"
    "      api: {rpm: 120, burst: 20}\012"
    "    quotas: {monthly_events: 100000}\012"
    "    features: []\012"
    "\012"
    "  - name: pro\012"
    "    limits:\012"
    "      ingest: {rpm: 3000, burst: 500, quota: monthly_events}\012"
    "      api: {rpm: 600, burst: 100}\012"
    "    quotas: {monthly_events: 2000000}\012"
    "    features: [exports]\012"
    "\012"
    "  - name: business\012"
    "    limits:\012"
    "      ingest: {rpm: 15000, burst: 2500, quota: monthly_events}\012"
    "      api: {rpm: 3000, burst: 500}\012"
    "    quotas: {monthly_events: 20000000}\012"
    "    features: [exports, audit_log, sso]\012"
    "\012"
    "  - name: enterprise\012"
    "    limits:\012"
    "      ingest: {rpm: 60000, burst: 10000, quota: monthly_events}\012"
    "      api: {rpm: 12000, burst: 2000}\012"
    "    quotas: {monthly_events: 500000000}\012"
    "    features: [exports, audit_log, sso, zero_trust, support_view_as]\012"
    "\012"
    "# Staff actions on a tenant (playbook: \042Use support view-as only with"
    " a\012"
    "# reason and log it\042; \042Check audit log for admin/support access\042"
    ").\012"
    "# dayone_access_decide() allows or denies each one and writes its audit "
    "event.\012"
    "support:\012"
    "  reason_min_length: 20\012"
    "  ticket: \042^(SUP|INC)-[0-9]+$\042\012"
    "  roles:\012"
    "    support: {actions: [view_as], max_minutes: 60}\012"
    "    engineer: {actions: [view_as, limit_reset], max_minutes: 60}\012"
    "    admin: {actions: [view_as, admin, limit_reset], max_minutes: 30}\012"
    "\012";
const size_t dy_default_policy_tree_source_len = 14176;
